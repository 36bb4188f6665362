package qc.alubot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.answer.TestEngine;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;

/**
 * LangChain4j chat models that read the passages out of the bot's prompt and answer from
 * them: word for word (an honest model), or with a lie worked in (see {@link Lies}).
 */
final class StubChatModels {

    private static final Pattern PASSAGE = Pattern.compile("<passage id=\"([^\"]+)\">\\n(.*?)\\n</passage>", Pattern.DOTALL);

    private StubChatModels() {
    }

    /** The passages given, in the prompt's order, recognised in the knowledge so their language is known. */
    static List<Passage> passagesIn(ChatRequest request) {
        KnowledgeBase knowledge = TestEngine.shared().snapshot().knowledge();
        String prompt = ((UserMessage) request.messages().get(1)).singleText();
        List<Passage> passages = new ArrayList<>();
        Matcher matcher = PASSAGE.matcher(prompt);
        while (matcher.find()) {
            String id = matcher.group(1);
            String body = matcher.group(2).substring(matcher.group(2).indexOf("\n\n") + 2);
            for (Language language : Language.values()) {
                knowledge.passage(id, language).filter(p -> PromptWriter.neutralised(p.body().strip()).equals(body))
                        .filter(p -> passages.stream().noneMatch(p::equals)).ifPresent(passages::add);
            }
        }
        return passages;
    }

    /** A model answering with {@code answer} applied to the passages it was given. */
    static ChatModel answering(Function<List<Passage>, String> answer) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from(answer.apply(passagesIn(request)))).build();
            }
        };
    }

    /** An honest model: the passages word for word, each cited. */
    static ChatModel echo() {
        return answering(passages -> String.join("\n\n", passages.stream().map(StubChatModels::quoted).toList()));
    }

    static String quoted(Passage passage) {
        return passage.body().strip() + " [" + passage.id() + "]";
    }
}
