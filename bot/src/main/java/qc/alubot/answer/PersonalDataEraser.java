package qc.alubot.answer;

import qc.alubot.conversation.Asker;

/**
 * Deletes what the bot keeps about a person, for the /forget command (Québec's Law 25). Every
 * store of personal data (the logbook) implements it.
 */
public interface PersonalDataEraser {

    /** @return how many records were deleted */
    int forget(Asker asker);
}
