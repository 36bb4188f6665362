package qc.alubot.conversation;

/** An investor's verdict on one answer (the 👍/👎 buttons). */
public enum Feedback { HELPFUL, NOT_HELPFUL }
