package qc.alubot.conversation;

/** Where a question came from. */
public enum Channel { HTTP, TELEGRAM, TERMINAL, EVALUATION }
