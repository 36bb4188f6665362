package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import qc.alubot.language.Language;

/**
 * One consistent, immutable version of everything the bot knows and says: passages,
 * contacts, companies, figures, milestones, scope and reply wording. A new version replaces the old one whole.
 */
public final class KnowledgeBase {

    private final KnowledgeVersion version;
    private final List<Passage> passages;
    private final List<Contact> contacts;
    private final String defaultContactId;
    private final List<Company> companies;
    private final List<Category> categories;
    private final List<SourcePage> sources;
    private final List<Figure> figures;
    private final List<Milestone> milestones;
    private final Map<Language, List<String>> timelineNames;
    private final Scope scope;
    private final Replies replies;
    private final PromptTemplates templates;
    private final Map<String, Passage> passagesByKey;
    private final Map<String, Contact> contactsById;
    private final Map<String, Category> categoriesById;
    private final Map<String, SourcePage> sourcesByFile;

    public KnowledgeBase(KnowledgeVersion version, List<Passage> passages, List<Contact> contacts,
                         String defaultContactId, List<Company> companies, List<Category> categories, List<SourcePage> sources,
                         Facts facts, Scope scope, Replies replies, PromptTemplates templates) {
        this.version = version;
        this.passages = List.copyOf(passages);
        this.contacts = List.copyOf(contacts);
        this.defaultContactId = defaultContactId;
        this.companies = List.copyOf(companies);
        this.categories = List.copyOf(categories);
        this.sources = List.copyOf(sources);
        this.figures = List.copyOf(facts.figures());
        this.milestones = List.copyOf(facts.milestones());
        this.timelineNames = facts.timelineNames();
        this.scope = scope;
        this.replies = replies;
        this.templates = templates;
        this.passagesByKey = index(passages, p -> key(p.id(), p.language()));
        this.contactsById = index(contacts, Contact::id);
        this.categoriesById = index(categories, Category::id);
        this.sourcesByFile = index(sources, SourcePage::file);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (first, second) -> first));
    }

    private static String key(String id, Language language) {
        return id + "/" + language.code();
    }

    public KnowledgeVersion version() {
        return version;
    }

    public List<Passage> passages() {
        return passages;
    }

    public List<Passage> passages(Language language) {
        return passages.stream().filter(p -> p.language() == language).toList();
    }

    /** The passage in the wanted language, or its counterpart in the other one. */
    public Optional<Passage> passage(String id, Language language) {
        return Optional.ofNullable(passagesByKey.get(key(id, language)))
                .or(() -> Optional.ofNullable(passagesByKey.get(key(id, language.other()))));
    }

    String defaultContactId() {
        return defaultContactId;
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public Optional<Contact> contact(String id) {
        return Optional.ofNullable(id).map(contactsById::get);
    }

    /** Who investors are sent to when no one more specific fits (validated to exist and be reachable). */
    public Contact defaultContact() {
        return contact(defaultContactId).orElseThrow(() -> new IllegalStateException(
                "default_contact '" + defaultContactId + "' is not a contact; the validator should have refused this knowledge"));
    }

    /** Whom to call for this contact: the contact itself if reachable, else the one it names. */
    public Contact reachable(Contact contact) {
        return contact.reachable() ? contact : contact(contact.reachThrough()).orElse(contact);
    }

    public List<Company> companies() {
        return companies;
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categoriesById.get(id));
    }

    public List<SourcePage> sources() {
        return sources;
    }

    public Optional<SourcePage> sourcePage(String file) {
        return Optional.ofNullable(sourcesByFile.get(file));
    }

    /**
     * A {@code file § section} source as investors read it: the page's title, then the section.
     */
    public String citation(String source, Language language) {
        String file = SourcePage.fileOf(source);
        String section = SourcePage.sectionOf(source);
        String page = sourcePage(file).map(p -> p.title().in(language)).orElse(file);
        return section.isEmpty() ? page : page + " — " + section;
    }

    /** The cluster's figures ({@code figures.yaml}). */
    public List<Figure> figures() {
        return figures;
    }

    /** Aluminium Valley's dated milestones ({@code timeline.yaml}), oldest first. */
    public List<Milestone> milestones() {
        return milestones;
    }

    /** What investors call the timeline as a whole ("history", "key dates"). */
    public List<String> timelineNames(Language language) {
        return timelineNames.getOrDefault(language, List.of());
    }

    public Scope scope() {
        return scope;
    }

    public Replies replies() {
        return replies;
    }

    /** The optional LLM's prompts, in {@code prompts/llm-*.txt}. */
    public PromptTemplates templates() {
        return templates;
    }
}
