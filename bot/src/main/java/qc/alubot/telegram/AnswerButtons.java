package qc.alubot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.rules.RuleBook;

/**
 * The buttons under an answer that show more of it: its sources, the person to talk to about
 * it, and its follow-up questions. A button whose answer is forgotten still does its best: the
 * person falls back to the general contact.
 */
final class AnswerButtons {

    private final RecentAnswers recent;
    private final Asking asking;
    private final Replier replier;
    private final CurrentKnowledge knowledge;

    AnswerButtons(RecentAnswers recent, Asking asking, Replier replier, CurrentKnowledge knowledge) {
        this.recent = recent;
        this.asking = asking;
        this.replier = replier;
        this.knowledge = knowledge;
    }

    CompletableFuture<Void> sources(Sender sender, String exchangeId, Language language, String key) {
        Optional<Answer> answer = recent.find(exchangeId);
        if (answer.isEmpty()) {
            return replier.say(sender, key, language, Reply.TELEGRAM_BUTTON_EXPIRED, null);
        }
        if (answer.get().sources().isEmpty()) {
            return replier.say(sender, key, answer.get().language(), Reply.TELEGRAM_NO_SOURCES, null);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.bold(replier.replies().say(answer.get().language(), Reply.SOURCES_LABEL)));
        for (Source source : answer.get().sources()) {
            blocks.add(Block.plain("• " + source.title() + "\n" + source.source()));
        }
        return replier.send(sender, key, Splitter.split(blocks, Splitter.TELEGRAM_MAX), null);
    }

    /** The card of the answer's contact, word for word from contacts.yaml. */
    CompletableFuture<Void> person(Sender sender, String exchangeId, Language language, String key) {
        Optional<Answer> answer = recent.find(exchangeId);
        Language shown = answer.map(Answer::language).orElse(language);
        KnowledgeBase base = knowledge.get().knowledge();
        String card = answer.flatMap(a -> RuleBook.contactCard(a.contactId(), shown, base))
                .orElseGet(() -> RuleBook.contactCard(base.defaultContact().id(), shown, base).orElse(""));
        List<Block> blocks = List.of(Block.plain(replier.replies().say(shown, Reply.TELEGRAM_PERSON_INTRO)), Block.bold(card));
        return replier.send(sender, key, Splitter.split(blocks, Splitter.TELEGRAM_MAX), null);
    }

    /** Asks the follow-up question, showing it above its answer so the chat reads as a conversation. */
    CompletableFuture<Void> related(Sender sender, String exchangeId, int index, Language language, String key) {
        Optional<String> question = recent.find(exchangeId)
                .filter(answer -> index >= 0 && index < answer.related().size())
                .map(answer -> answer.related().get(index));
        if (question.isEmpty()) {
            return replier.say(sender, key, language, Reply.TELEGRAM_BUTTON_EXPIRED, null);
        }
        return asking.ask(sender, question.get(), question);
    }
}
