package qc.alubot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every mistake a maintainer can make is reported with its file and line, in words a
 * non-programmer understands, and an error refuses the whole version. Line numbers refer to
 * the texts in {@link MiniKnowledge}.
 */
class KnowledgeValidationTest {

    private static final String EN = "passages/en/recyclers.md";
    private static final String FR = "passages/fr/recyclers.md";

    private static void assertError(MiniKnowledge knowledge, String expected) {
        LoadResult result = knowledge.load();
        assertThat(result.knowledge()).as("a knowledge base with errors is refused").isEmpty();
        assertThat(result.errors()).extracting(Problem::toString).contains(expected);
    }

    private static void assertErrorStartingWith(MiniKnowledge knowledge, String expected) {
        LoadResult result = knowledge.load();
        assertThat(result.knowledge()).isEmpty();
        assertThat(result.errors()).extracting(Problem::toString).anyMatch(problem -> problem.startsWith(expected));
    }

    @Test
    void accepts_the_fixture_without_any_problem() {
        LoadResult result = new MiniKnowledge().load();
        assertThat(result.problems()).isEmpty();
        assertThat(result.knowledge()).isPresent();
    }

    @Nested
    class MalformedFiles {

        @Test
        void passage_without_front_matter() {
            assertError(new MiniKnowledge().put(EN, "Québec has 132 recyclers."),
                    "knowledge/passages/en/recyclers.md:1: a passage must start with a line '---', then its fields "
                            + "(id, lang, title, source, reviewed, tags), then another '---' line, then the text");
        }

        @Test
        void front_matter_never_closed() {
            assertError(new MiniKnowledge().edit(EN, "related: []\n---\n", "related: []\n"),
                    "knowledge/passages/en/recyclers.md:1: the fields opened by '---' on line 1 are never closed: "
                            + "add a line '---' before the text");
        }

        @Test
        void front_matter_that_is_not_yaml() {
            assertError(new MiniKnowledge().edit(EN, "title: Recyclers", "title: Recyclers: 132"),
                    "knowledge/passages/en/recyclers.md:4: this line cannot be read as YAML (mapping values are not "
                            + "allowed here). Check indentation, and put values containing ':' or '#' in quotes");
        }

        @Test
        void yaml_file_that_is_not_yaml() {
            assertErrorStartingWith(new MiniKnowledge().edit("contacts.yaml", "    name: Lilianne Savard", "   name: Lilianne Savard"),
                    "knowledge/contacts.yaml:11: this line cannot be read as YAML");
        }

        @Test
        void missing_file() {
            assertError(new MiniKnowledge().remove("scope.yaml"), "knowledge/scope.yaml: this file is missing");
        }
    }

    @Nested
    class Fields {

        @Test
        void unknown_field_usually_a_typo() {
            assertError(new MiniKnowledge().edit(EN, "tags:", "tagz:"),
                    "knowledge/passages/en/recyclers.md:7: unknown field 'tagz' (allowed: asks, id, lang, related, "
                            + "reviewed, source, tags, title)");
        }

        @Test
        void missing_field() {
            assertError(new MiniKnowledge().edit(EN, "title: Recyclers\n", ""),
                    "knowledge/passages/en/recyclers.md:2: missing field 'title'");
        }

        @Test
        void empty_passage() {
            assertError(new MiniKnowledge().edit(EN, "Québec has 132 aluminum recyclers.", ""),
                    "knowledge/passages/en/recyclers.md:10: the passage has no text after its fields");
        }

        @Test
        void wrong_language() {
            assertError(new MiniKnowledge().edit(EN, "lang: en", "lang: english"),
                    "knowledge/passages/en/recyclers.md:3: lang must be 'en' or 'fr', not 'english'");
        }

        @Test
        void date_in_another_format() {
            assertError(new MiniKnowledge().edit(EN, "reviewed: 2026-11-01", "reviewed: 01/11/2026"),
                    "knowledge/passages/en/recyclers.md:6: reviewed should be a date written YYYY-MM-DD, like 2026-11-21, "
                            + "not '01/11/2026'");
        }

        @Test
        void id_that_does_not_match_the_file_name() {
            assertError(new MiniKnowledge().edit(EN, "id: recyclers", "id: recycling"),
                    "knowledge/passages/en/recyclers.md:2: id 'recycling' should match the file name: rename the file to "
                            + "'recycling.md' or change the id");
        }

        @Test
        void email_that_is_not_one() {
            assertError(new MiniKnowledge().edit("contacts.yaml", "email: malika.cherry@valuminium.ca", "email: malika.cherry@"),
                    "knowledge/contacts.yaml:8: 'malika.cherry@' does not look like an e-mail address");
        }
    }

    @Nested
    class CrossReferences {

        @Test
        void duplicate_contact_id() {
            assertError(new MiniKnowledge().edit("contacts.yaml", "id: lilianne-savard", "id: malika-cherry"),
                    "knowledge/contacts.yaml:10: contact id 'malika-cherry' is used twice");
        }

        @Test
        void duplicate_passage_id() {
            assertError(new MiniKnowledge().put("passages/en/recyclers-copy.md", MiniKnowledge.passage("recyclers", "en", "Copy.")),
                    "knowledge/passages/en/recyclers.md:2: id 'recyclers' is already used by knowledge/passages/en/recyclers-copy.md");
        }

        @Test
        void related_passage_that_does_not_exist() {
            assertError(new MiniKnowledge().edit(EN, "related: []", "related: [nowhere]"),
                    "knowledge/passages/en/recyclers.md:8: related passage 'nowhere' does not exist");
        }

        @Test
        void source_missing_from_sources_yaml() {
            assertError(new MiniKnowledge().edit(EN, "source: 000_41cfa38f798cc68c.txt", "source: 999_unknown.txt"),
                    "knowledge/passages/en/recyclers.md:5: source '999_unknown.txt' is not listed in sources.yaml "
                            + "(write the seed file name, then ' § ', then the section)");
        }

        @Test
        void reach_through_someone_unknown() {
            assertError(new MiniKnowledge().edit("contacts.yaml", "reach_through: malika-cherry", "reach_through: nobody"),
                    "knowledge/contacts.yaml:14: reach_through 'nobody' is not the id of any contact");
        }

        @Test
        void default_contact_unknown() {
            assertError(new MiniKnowledge().edit("contacts.yaml", "default_contact: malika-cherry", "default_contact: nobody"),
                    "knowledge/contacts.yaml:1: default_contact 'nobody' is not the id of any contact");
        }

        @Test
        void category_total_in_a_passage_that_does_not_exist() {
            assertError(new MiniKnowledge().edit("companies.yaml", "    label: {en: Equipment manufacturers, fr: Équipementiers}",
                            "    label: {en: Equipment manufacturers, fr: Équipementiers}\n    count_passage: nowhere"),
                    "knowledge/companies.yaml:4: count_passage 'nowhere' is not the id of any passage");
        }

        @Test
        void company_in_an_undefined_category() {
            assertError(new MiniKnowledge().edit("companies.yaml", "categories: [equipment-manufacturer]", "categories: [smelter]"),
                    "knowledge/companies.yaml:7: category 'smelter' is not defined under 'categories:' (known: equipment-manufacturer)");
        }
    }

    @Nested
    class Translations {

        @Test
        void english_passage_without_its_french_version() {
            assertError(new MiniKnowledge().remove(FR),
                    "knowledge/passages/en/recyclers.md:2: this English passage has no French version: add "
                            + "passages/fr/recyclers.md with the same id");
        }

        @Test
        void french_passage_without_its_english_version() {
            assertError(new MiniKnowledge().remove(EN),
                    "knowledge/passages/fr/recyclers.md:2: this French passage has no English version: add "
                            + "passages/en/recyclers.md with the same id");
        }

        @Test
        void a_broken_translation_is_reported_once_not_as_missing() {
            LoadResult result = new MiniKnowledge().edit(EN, "lang: en", "lang: english").load();
            assertThat(result.errors()).hasSize(1);
        }
    }

    @Nested
    class Contacts {

        @Test
        void contact_without_any_way_to_reach_them() {
            assertError(new MiniKnowledge().edit("contacts.yaml", "    reach_through: malika-cherry\n", ""),
                    "knowledge/contacts.yaml:10: Lilianne Savard has no email, no phone and no reach_through: investors "
                            + "would have no way to reach them. Add reach_through: <id of a contact who has details>");
        }
    }

    @Nested
    class Prompts {

        @Test
        void reply_wording_missing() {
            assertErrorStartingWith(new MiniKnowledge().editPrompt("replies.fr.yaml", "thanks:", "merci:"),
                    "prompts/replies.fr.yaml:");
        }

        @Test
        void placeholder_the_wording_cannot_use() {
            assertErrorStartingWith(new MiniKnowledge().editPrompt("replies.en.yaml",
                            "no_such_detail: \"My sources give no {detail} for {name}.\"",
                            "no_such_detail: \"My sources give no {detail} for {nam}.\""),
                    "prompts/replies.en.yaml:");
            LoadResult result = new MiniKnowledge().editPrompt("replies.en.yaml", "for {name}.\"", "for {nam}.\"").load();
            assertThat(result.errors()).extracting(Problem::message)
                    .anyMatch(message -> message.startsWith("'{nam}' cannot be used in 'no_such_detail' (it can use: {detail}, {name})"));
        }
    }

    @Test
    void warns_about_passages_not_reviewed_for_too_long_without_refusing_them() {
        LoadResult result = new MiniKnowledge().edit(EN, "reviewed: 2026-11-01", "reviewed: 2024-01-01").load();
        assertThat(result.knowledge()).isPresent();
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "knowledge/passages/en/recyclers.md:6: warning: last reviewed on 2024-01-01, more than 365 days ago: "
                        + "check the facts are still current");
    }
}
