package qc.alubot.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import qc.alubot.language.Language;

/**
 * Turns the files of the knowledge and prompts folders into a {@link KnowledgeBase}, or into
 * a list of {@code file:line} problems a maintainer can fix. Never throws on bad content.
 */
public final class KnowledgeLoader {

    static final String CONTACTS = "contacts.yaml";
    static final String COMPANIES = "companies.yaml";
    static final String SOURCES = "sources.yaml";
    static final String SCOPE = "scope.yaml";
    static final String FIGURES = "figures.yaml";
    static final String TIMELINE = "timeline.yaml";
    private static final String PASSAGES = "passages/";

    private final Clock clock;
    private final KnowledgeValidator validator;
    private final ParsedPassages parsed = new ParsedPassages();

    public KnowledgeLoader(Clock clock, KnowledgeValidator validator) {
        this.clock = clock;
        this.validator = validator;
    }

    public LoadResult load(SourceFiles knowledge, SourceFiles prompts) {
        Problems problems = new Problems();
        List<Passage> passages = readPassages(knowledge, problems);
        ContactsReader.Result contacts = required(knowledge, CONTACTS, problems)
                .map(text -> ContactsReader.read(knowledge.display(CONTACTS), text, problems))
                .orElse(new ContactsReader.Result(List.of(), null, 0));
        CompaniesReader.Result companies = required(knowledge, COMPANIES, problems)
                .map(text -> CompaniesReader.read(knowledge.display(COMPANIES), text, problems))
                .orElse(new CompaniesReader.Result(List.of(), List.of()));
        List<SourcePage> sources = required(knowledge, SOURCES, problems)
                .map(text -> SourcesReader.read(knowledge.display(SOURCES), text, problems)).orElse(List.of());
        Scope scope = required(knowledge, SCOPE, problems)
                .map(text -> ScopeReader.read(knowledge.display(SCOPE), text, problems)).orElse(Scope.empty());
        List<Figure> figures = optional(knowledge, FIGURES)
                .map(text -> FiguresReader.read(knowledge.display(FIGURES), text, problems)).orElse(List.of());
        TimelineReader.Result timeline = optional(knowledge, TIMELINE)
                .map(text -> TimelineReader.read(knowledge.display(TIMELINE), text, problems))
                .orElse(new TimelineReader.Result(List.of(), Map.of()));
        Facts facts = new Facts(figures, timeline.milestones(), timeline.names());
        Replies replies = readReplies(prompts, problems);
        PromptTemplates templates = PromptTemplatesReader.read(prompts, problems);
        reportUnusedFiles(knowledge, problems);

        KnowledgeVersion version = new KnowledgeVersion(hash(knowledge, prompts), clock.instant(), allFiles(knowledge, prompts));
        KnowledgeBase candidate = new KnowledgeBase(version, passages, contacts.contacts(), contacts.defaultContactId(),
                companies.companies(), companies.categories(), sources, facts, scope, replies, templates);
        validator.validate(candidate, knowledge, problems);
        validator.checkDefaultContact(candidate, knowledge.display(CONTACTS), contacts.defaultLine(), problems);
        return new LoadResult(problems.hasErrors() ? Optional.empty() : Optional.of(candidate), problems.all(),
                version.loadedAt());
    }

    private List<Passage> readPassages(SourceFiles knowledge, Problems problems) {
        List<Passage> passages = new ArrayList<>();
        knowledge.files().forEach((path, text) -> {
            if (path.startsWith(PASSAGES) && path.endsWith(".md")) {
                Optional<Language> folder = passageFolderLanguage(path);
                if (folder.isEmpty()) {
                    problems.error(knowledge.display(path), 0, "passages belong in passages/en/ or passages/fr/");
                    return;
                }
                parsed.read(knowledge.display(path), text, folder, problems).ifPresent(passages::add);
            }
        });
        parsed.retainOnly(knowledge.files().keySet().stream().map(knowledge::display).collect(Collectors.toSet()));
        if (passages.isEmpty() && !problems.hasErrors()) {
            problems.error(knowledge.display(PASSAGES), 0, "no passages found: add Markdown files under passages/en/ and passages/fr/");
        }
        return passages;
    }

    private static Optional<Language> passageFolderLanguage(String path) {
        String[] parts = path.split("/");
        return parts.length == 3 ? Language.parse(parts[1]).filter(l -> l.code().equals(parts[1])) : Optional.empty();
    }

    private static Optional<String> required(SourceFiles files, String name, Problems problems) {
        String text = files.files().get(name);
        if (text == null) {
            problems.error(files.display(name), 0, "this file is missing");
        }
        return Optional.ofNullable(text);
    }

    /** Figures and the timeline are optional: a knowledge base without them answers from its passages. */
    private static Optional<String> optional(SourceFiles files, String name) {
        return Optional.ofNullable(files.files().get(name));
    }

    private static Replies readReplies(SourceFiles prompts, Problems problems) {
        Map<Language, Map<Reply, String>> wording = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "replies." + language.code() + ".yaml";
            required(prompts, name, problems)
                    .ifPresent(text -> wording.put(language, RepliesReader.read(prompts.display(name), text, problems)));
        }
        return new Replies(wording);
    }

    private static void reportUnusedFiles(SourceFiles knowledge, Problems problems) {
        for (String path : knowledge.files().keySet()) {
            boolean known = path.startsWith(PASSAGES) || List.of(CONTACTS, COMPANIES, SOURCES, SCOPE, FIGURES, TIMELINE).contains(path)
                    || path.endsWith(".md");
            if (!known) {
                problems.warning(knowledge.display(path), 0, "this file is not used by the bot (check its name and folder)");
            }
        }
    }

    private static List<String> allFiles(SourceFiles... folders) {
        return Stream.of(folders).flatMap(f -> f.files().keySet().stream().map(f::display)).toList();
    }

    /** A short content hash: the same files always give the same version id. */
    static String hash(SourceFiles... folders) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFiles folder : folders) {
                folder.files().forEach((path, text) -> {
                    digest.update(folder.display(path).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                });
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
