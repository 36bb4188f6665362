package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Source;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.Sentences;

/**
 * Answers with the passages' own sentences: the one that best answers the question as the
 * lead ({@link LeadSentence}), the rest of the passage as support. Nothing is added that the
 * passage does not say.
 */
public final class ExtractiveComposer implements Composer {

    /** Related questions offered under an answer: enough to explore, few enough for a phone screen. */
    private static final int RELATED = 3;
    @Override
    public Draft compose(Request request, Evidence evidence) {
        KnowledgeBase knowledge = request.knowledge();
        Language language = request.language();
        Passage best = evidence.best();
        List<String> sentences = Sentences.of(best.body());
        int lead = LeadSentence.best(sentences, request.part(), language).index();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(sentences.get(lead));
        List<String> rest = new ArrayList<>(sentences);
        rest.remove(lead);
        if (!rest.isEmpty()) {
            paragraphs.add(joinProse(rest));
        }
        List<Source> sources = new ArrayList<>(List.of(source(best, language, knowledge)));
        for (Passage extra : evidence.passages().subList(1, evidence.passages().size())) {
            List<String> extraSentences = Sentences.of(extra.body());
            paragraphs.add(extraSentences.get(LeadSentence.best(extraSentences, request.part(), language).index()));
            sources.add(source(extra, language, knowledge));
        }
        return new Draft(Route.RETRIEVAL, Outcome.ANSWERED, String.join("\n\n", paragraphs), sources, evidence.confidence(),
                profileOf(best, knowledge), Optional.of(best.id()), Optional.of(evidence.question()),
                related(best, language, knowledge));
    }

    static Source source(Passage passage, Language language, KnowledgeBase knowledge) {
        return new Source(passage.id(), passage.title(), knowledge.citation(passage.source(), language));
    }

    /** Sentences stay together as prose; a list keeps its own paragraph. */
    private static String joinProse(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            boolean list = sentence.contains("\n");
            if (!text.isEmpty()) {
                text.append(list || text.toString().endsWith("\n") ? "\n\n" : " ");
            }
            text.append(sentence);
        }
        return text.toString();
    }

    /** The person a profile passage is about, so "what is her e-mail?" can follow. */
    private static Optional<String> profileOf(Passage passage, KnowledgeBase knowledge) {
        return knowledge.contacts().stream().filter(c -> passage.id().equals(c.profile())).map(Contact::id).findFirst();
    }

    static List<String> related(Passage passage, Language language, KnowledgeBase knowledge) {
        return passage.related().stream()
                .flatMap(id -> knowledge.passage(id, language).stream())
                .filter(p -> !p.asks().isEmpty())
                .map(p -> p.asks().get(0))
                .limit(RELATED)
                .toList();
    }
}
