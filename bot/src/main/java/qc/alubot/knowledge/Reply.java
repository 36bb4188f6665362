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
    ASK_WHICH_PERSON(),
    TEAM_INTRO("organisation"),
    BOARD_INTRO("organisation"),
    ROLE_HOLDERS("role"),
    LIST_INTRO("category", "count"),
    MEMBER_OF("company", "categories"),
    LISTED_AS("company", "categories"),
    NOT_LISTED("company"),
    ORGANISATION_PEOPLE("organisation"),
    UNKNOWN_COMMAND(),
    COMPANIES_INTRO();

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
