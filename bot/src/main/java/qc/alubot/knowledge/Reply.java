package qc.alubot.knowledge;

import java.util.Locale;
import java.util.Set;

/**
 * Every sentence the bot says in its own voice, with the placeholders its wording may use.
 * The wording itself lives in {@code prompts/replies.<lang>.yaml} under the lower-case name.
 */
public enum Reply {
    WELCOME(),
    HELP(),
    EXAMPLES(),
    GREETING(),
    THANKS(),
    GOODBYE(),
    DECLINE(),
    NO_ANSWER(),
    SOURCES_LABEL(),
    CONTACT_CARD("name", "role", "organisation"),
    BOARD_NAME("organisation"),
    TEAM_NAME("organisation"),
    NO_CONTACT_FOR("organisation"),
    EMAIL("email"),
    PHONE("phone"),
    PHONE_EXTENSION("phone", "extension"),
    NO_DIRECT_DETAILS("name", "contact"),
    NO_SUCH_DETAIL("name", "detail"),
    DETAIL_EMAIL(),
    DETAIL_PHONE(),
    DETAIL_ORGANISATION(),
    ASK_WHICH_PERSON(),
    TEAM_INTRO("organisation"),
    BOARD_INTRO("organisation"),
    BOARD_NO_DETAIL("detail"),
    ROLE_HOLDERS("role"),
    LIST_INTRO("category", "count"),
    MEMBER_OF("company", "categories"),
    LISTED_AS("company", "categories"),
    NO_MEMBER_LIST("organisation"),
    NOT_LISTED("company"),
    ORGANISATION_PEOPLE("organisation"),
    NO_ACTIVITY_DETAIL(),
    COMPANY_ACTIVITY_UNKNOWN("company"),
    SAME_COMPANY("company", "names"),
    PREMISE_CORRECTED("fact", "asserted"),
    PREMISE_NO("fact", "asserted"),
    PREMISE_YES("fact"),
    PREMISE_TITLE("name", "role", "asserted", "holder"),
    PREMISE_TITLE_SHARED("name", "role", "asserted"),
    PREMISE_ORGANISATION("name", "organisation", "asserted", "holder"),
    FIGURE_GAP("name"),
    FIGURE_GAP_SUBJECT("name", "subject"),
    FIGURE_BREAKDOWN(),
    FIGURE_OTHER_TIME(),
    FIGURE_UNKNOWN("name"),
    DETAIL_GAP("detail"),
    BACKGROUND_GAP("name"),
    WHERE_GAP(),
    WHEN_GAP(),
    COMPARE_MORE("larger", "smaller"),
    COMPARE_SAME("first", "second"),
    COMPARE_UNCERTAIN(),
    COMPARE_UNLIKE(),
    COMPARE_EARLIER("first", "second"),
    COMPARE_NO_FIGURE("other"),
    TIMELINE_INTRO(),
    NO_MILESTONE("year", "years"),
    PART_NOT_IN_SOURCES("question"),
    PART_DECLINED("question"),
    LANGUAGE_SWITCHED(),
    UNKNOWN_COMMAND(),
    COMPANIES_INTRO(),
    TELEGRAM_NOT_TEXT(),
    TELEGRAM_FLOOD(),
    TELEGRAM_ERROR(),
    TELEGRAM_LANGUAGE_CHOOSE(),
    TELEGRAM_LANGUAGE_SET(),
    TELEGRAM_LANGUAGE_UNKNOWN("language"),
    TELEGRAM_BUTTON_SOURCES(),
    TELEGRAM_BUTTON_PERSON(),
    TELEGRAM_BUTTON_CONTACTS(),
    TELEGRAM_BUTTON_COMPANIES(),
    TELEGRAM_BUTTON_LANGUAGE(),
    TELEGRAM_FEEDBACK_THANKS(),
    TELEGRAM_BUTTON_EXPIRED(),
    TELEGRAM_NO_SOURCES(),
    TELEGRAM_PERSON_INTRO(),
    TELEGRAM_EDITED(),
    TELEGRAM_PRIVACY("days"),
    TELEGRAM_FORGET_CONFIRM(),
    TELEGRAM_BUTTON_FORGET_YES(),
    TELEGRAM_BUTTON_FORGET_NO(),
    TELEGRAM_FORGET_DONE("count"),
    TELEGRAM_FORGET_NOTHING_KEPT(),
    TELEGRAM_FORGET_CANCELLED(),
    TELEGRAM_FORGET_FAILED(),
    TELEGRAM_COMMAND_START(),
    TELEGRAM_COMMAND_HELP(),
    TELEGRAM_COMMAND_CONTACTS(),
    TELEGRAM_COMMAND_COMPANIES(),
    TELEGRAM_COMMAND_LANGUAGE(),
    TELEGRAM_COMMAND_PRIVACY(),
    TELEGRAM_COMMAND_FORGET();

    private final Set<String> placeholders;

    Reply(String... placeholders) {
        this.placeholders = Set.of(placeholders);
    }

    /** The name used in the replies files, e.g. {@code no_answer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
