package qc.alubot.understanding;

/**
 * What a conversation was last about, kept between messages so an incomplete question can be
 * completed ("and in 2005?", "what about Promotion Saguenay?"). Only the text is kept: it is
 * read again with the knowledge in service, so a reload in between changes nothing.
 */
public record Topic(String text) {

    /** Longer topics are cut from the front: a chain of follow-ups must not grow without bound. */
    static final int MAX_LENGTH = 400;

    public Topic {
        text = text.length() <= MAX_LENGTH ? text : text.substring(text.length() - MAX_LENGTH);
    }
}
