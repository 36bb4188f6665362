package qc.alubot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Adapts a LangChain4j {@link ChatModel} (the OpenAI-compatible one in production) to the
 * port, turning the library's exceptions into {@link LlmFailure} kinds.
 */
final class ChatModelPort implements ChatPort {

    private final ChatModel model;

    ChatModelPort(ChatModel model) {
        this.model = model;
    }

    @Override
    public String reply(LlmPrompt prompt) {
        ChatResponse response;
        try {
            response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                    .build());
        } catch (RuntimeException e) {
            throw classify(e);
        }
        AiMessage message = response == null ? null : response.aiMessage();
        if (message == null || message.text() == null || message.text().isBlank()) {
            throw new LlmFailure(LlmFailure.Kind.EMPTY, "");
        }
        return message.text();
    }

    /** The kind of failure, from the HTTP status when there is one, else from the exception's causes. */
    static LlmFailure classify(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof HttpException http) {
                return byStatus(http.statusCode(), thrown);
            }
        }
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof dev.langchain4j.exception.TimeoutException || e instanceof InterruptedIOException
                    || e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)) {
                return new LlmFailure(LlmFailure.Kind.TIMEOUT, "", thrown);
            }
            if (e instanceof ConnectException || e instanceof UnknownHostException
                    || e instanceof UnresolvedAddressException || e instanceof HttpConnectTimeoutException) {
                return new LlmFailure(LlmFailure.Kind.UNREACHABLE, e.getClass().getSimpleName(), thrown);
            }
        }
        // LangChain4j reports a completion without choices as a server error that has no HTTP status.
        if (thrown instanceof InternalServerException && String.valueOf(thrown.getMessage()).contains("no choices")) {
            return new LlmFailure(LlmFailure.Kind.EMPTY, "no choices", thrown);
        }
        return new LlmFailure(LlmFailure.Kind.MALFORMED, thrown.getClass().getSimpleName(), thrown);
    }

    private static LlmFailure byStatus(int status, Throwable thrown) {
        LlmFailure.Kind kind = status == 429 ? LlmFailure.Kind.RATE_LIMITED
                : status >= 500 ? LlmFailure.Kind.SERVER_ERROR
                : status == 408 ? LlmFailure.Kind.TIMEOUT
                : LlmFailure.Kind.REFUSED;
        return new LlmFailure(kind, "HTTP " + status, thrown);
    }
}
