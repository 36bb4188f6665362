package qc.alubot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Without a token the bot serves HTTP only; the log says so, and how to turn Telegram on. */
@Component
@Conditional(TelegramConditions.Off.class)
class TelegramOff {

    private static final Logger log = LoggerFactory.getLogger(TelegramOff.class);

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        log.info("Telegram is off: no TELEGRAM_BOT_TOKEN is set. To serve investors on Telegram, create a bot with "
                + "@BotFather and start with TELEGRAM_BOT_TOKEN=<its token> (see README, Running with Telegram).");
    }
}
