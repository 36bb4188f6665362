package qc.alubot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.Replies;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/**
 * Calls made once at start-up, in the background so that start-up never waits on Telegram,
 * each retried with backoff until it succeeds: {@code getMe} (the bot's username, to recognise
 * mentions in groups) and {@code setMyCommands} in English and French (the command menu).
 * In webhook mode, the registration of the webhook joins them.
 */
final class BotSetup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BotSetup.class);
    private static final List<String> COMMANDS = List.of("start", "help", "contacts", "companies", "language", "privacy", "forget");

    /**
     * One call worth repeating until Telegram accepts it.
     *
     * @param essential whether the bot cannot receive messages without it (the webhook registration)
     */
    record Step(String name, boolean essential, ApiCall call) {
    }

    private final ScheduledExecutorService scheduler;
    private final TelegramProperties properties;
    private final List<Step> steps = new ArrayList<>();
    private volatile boolean running;

    BotSetup(TelegramClient client, ScheduledExecutorService scheduler, TelegramProperties properties,
             BotIdentity identity, CurrentKnowledge knowledge) {
        this.scheduler = scheduler;
        this.properties = properties;
        steps.add(new Step("getMe", false,
                () -> client.executeAsync(new GetMe()).thenAccept(me -> identity.knownAs(me.getUserName()))));
        for (Language language : Language.values()) {
            steps.add(new Step("setMyCommands (" + language.code() + ")", false,
                    () -> client.executeAsync(commands(language, knowledge.get().knowledge().replies()))));
        }
    }

    void add(Step step) {
        steps.add(step);
    }

    @Override
    public void start() {
        running = true;
        steps.forEach(step -> attempt(step, 1));
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** English is every user's default; French for those whose app is in French. */
    static SetMyCommands commands(Language language, Replies replies) {
        List<BotCommand> commands = COMMANDS.stream().map(name -> (BotCommand) BotCommand.builder().command(name)
                .description(replies.say(language, Reply.valueOf("TELEGRAM_COMMAND_" + name.toUpperCase(Locale.ROOT))))
                .build()).toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> builder = SetMyCommands.builder().commands(commands);
        return (language == Language.EN ? builder : builder.languageCode(language.code())).build();
    }

    private void attempt(Step step, int tries) {
        if (!running) {
            return;
        }
        step.call().startSafely().whenComplete((result, error) -> {
            if (error == null) {
                log.info("Telegram: {} done", step.name());
                return;
            }
            Duration wait = Backoff.after(tries, properties.minBackoff(), properties.maxBackoff());
            log.warn("Telegram: {} failed ({}); retrying in {} ms. {}", step.name(), ApiFailure.of(error).description(),
                    wait.toMillis(), step.essential() ? "No update arrives until it succeeds." : "Answers are not affected.");
            if (running) {
                scheduler.schedule(() -> attempt(step, tries + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }
}
