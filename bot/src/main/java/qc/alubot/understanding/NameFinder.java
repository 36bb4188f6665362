package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Milestone;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.EditDistance;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.PhraseMatcher;
import qc.alubot.language.Texts;

/** Finds what a part names, with the lexicon of the knowledge in service. */
final class NameFinder {

    private static final Pattern YEARS = Pattern.compile("(?<![\\d.,])((?:19|20)\\d\\d)(?:(?:\\s?[-–/à]\\s?|\\s)((?:19|20)?\\d\\d))?(?![\\d%])");
    private static final Pattern DECADE = Pattern.compile("(?i)\\b(?:(?:19)?([5-9]0)'?s|(?:les |des )?ann[ée]es (?:19)?([5-9]0)|(fifties|sixties|seventies|eighties|nineties))\\b");
    private static final List<String> DECADE_WORDS = List.of("fifties", "sixties", "seventies", "eighties", "nineties");
    private static final List<String> PRONOUNS = List.of("his", "her", "him", "he", "she", "their", "them", "they",
            "this person", "that person", "son", "sa", "ses", "lui", "elle", "il", "leur", "cette personne");

    /** "2004 05" is a span; "1993 2001" two years: a written span is short. */
    private static final int MAX_SPAN = 15;

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Named find(AnalyzedText text) {
        List<PhraseMatcher.Match<String>> places = oneByOne(lexicon.places.find(text), text.text());
        List<Mention<Milestone>> events = mentions(lexicon.events, text);
        List<PhraseMatcher.Match<Company>> companies = lexicon.companies.find(text);
        return new Named(people(text), lexicon.firstNames.findLongest(text),
                roles(text, companies), lexicon.topics.findLongest(text),
                representatives(text, companies), companies.stream().map(PhraseMatcher.Match::value).toList(),
                longest(lexicon.categories, text),
                mentions(lexicon.figures, text), mentions(lexicon.figureCues, text), milestones(text, places, events),
                events, years(text.text()), lexicon.timeline.foundIn(text),
                lexicon.details.find(text).stream().map(PhraseMatcher.Match::value).toList(),
                places.stream().map(m -> text.text().substring(m.start(), m.end())).toList(),
                text.hasAnyPhrase(PRONOUNS), onlyNames(text, companies), lexicon.categories.isWholeOf(text),
                lexicon.roles.isWholeOf(text), scope(text));
    }

    /** "board", "conseil", "CA" right after an organisation's name: its board, of which a title is asked. */
    private static final java.util.regex.Pattern BOARD_AFTER = java.util.regex.Pattern.compile(
            "(?iu)^(?:['’]s)?\\s+(?:board|conseil|ca)\\b");

    /**
     * "Who's at the head of the AVS board?": a title said around the organisation's name ("head
     * of the board") is found as if the name were not there; the name alone would make "head of
     * AVS", the general director.
     */
    private List<Contact> roles(AnalyzedText text, List<PhraseMatcher.Match<Company>> companies) {
        String said = text.text();
        StringBuilder without = new StringBuilder(said);
        boolean cut = false;
        List<PhraseMatcher.Match<Company>> lastFirst = new ArrayList<>(companies);
        lastFirst.sort(java.util.Comparator.comparingInt((PhraseMatcher.Match<Company> m) -> m.start()).reversed());
        for (PhraseMatcher.Match<Company> match : lastFirst) {
            if (match.end() <= said.length() && BOARD_AFTER.matcher(said.substring(match.end())).find()) {
                without.delete(match.start(), match.end());
                cut = true;
            }
        }
        List<Contact> roles = cut ? lexicon.roles.findDistinct(new AnalyzedText(without.toString(), text.language())) : List.of();
        return roles.isEmpty() ? lexicon.roles.findDistinct(text) : roles;
    }

    /**
     * The events named, none inside a longer one ("Aluminium Valley Society" is not also
     * "Aluminium Valley"), and a place only when what happened there is said or a date is asked:
     * "how many processors are in Saguenay?" asks nothing of the day Saguenay became Aluminium
     * Valley, "Arvida year" asks when the Arvida smelter opened.
     */
    private static final int TERSE = 4;
    private static final java.util.Set<String> WHEN_OPENERS = java.util.Set.of("when", "quand", "what", "which", "in",
            "en", "depuis", "since");

    private List<Mention<Milestone>> milestones(AnalyzedText text, List<PhraseMatcher.Match<String>> places,
                                                List<Mention<Milestone>> events) {
        List<Mention<Milestone>> all = mentions(lexicon.milestones, text);
        // "Arvida year", "When Arvida?": a date asked of the place; not "…when I move to Saguenay"
        List<String> said = text.words();
        boolean whenAsked = !all.isEmpty() && (said.size() <= TERSE || WHEN_OPENERS.contains(said.get(0)))
                && Asked.of(text).contains(Asked.WHEN);
        return all.stream()
                .filter(m -> all.stream().noneMatch(longer -> longer.length() > m.length()
                        && longer.start() <= m.start() && m.end() <= longer.end()))
                .filter(m -> places.stream().noneMatch(p -> p.start() <= m.start() && m.end() <= p.end())
                        || whenAsked || events.stream().anyMatch(e -> e.value().equals(m.value())))
                .toList();
    }

    /**
     * "the US-Canada-Mexico market" names the three countries as one region: no one of them is the
     * place a figure is asked for. A place joined by hyphens to another is dropped.
     */
    private static List<PhraseMatcher.Match<String>> oneByOne(List<PhraseMatcher.Match<String>> places, String text) {
        return places.stream().filter(place -> places.stream().noneMatch(other -> other != place
                && joinedByAHyphen(text, place, other))).toList();
    }

    private static boolean joinedByAHyphen(String text, PhraseMatcher.Match<String> a, PhraseMatcher.Match<String> b) {
        PhraseMatcher.Match<String> first = a.start() < b.start() ? a : b;
        PhraseMatcher.Match<String> second = first == a ? b : a;
        return first.end() < second.start() && text.substring(first.end(), second.start()).matches("\\s*[-–/]\\s*");
    }

    private Named.Scope scope(AnalyzedText text) {
        if (text.hasAnyPhrase(lexicon.outOfScope)) {
            return Named.Scope.OUT;
        }
        return lexicon.inScope.foundIn(text) ? Named.Scope.IN : Named.Scope.UNKNOWN;
    }

    /**
     * The people named, longest name first. A name typed with accents must have the person's
     * accents: "Côte-Nord" is no "Côté", though "Cote" may be.
     */
    private List<Contact> people(AnalyzedText text) {
        List<PhraseMatcher.Match<Contact>> matches = lexicon.people.find(text).stream()
                .filter(m -> accentsAgree(text.text().substring(m.start(), m.end()), m.value().name()))
                .toList();
        int best = matches.stream().mapToInt(PhraseMatcher.Match::weight).max().orElse(0);
        return matches.stream().filter(m -> m.weight() == best).map(PhraseMatcher.Match::value).toList();
    }

    private static boolean accentsAgree(String typed, String name) {
        if (typed.equals(Texts.fold(typed)) || typed.chars().allMatch(c -> c < 128)) {
            return true;
        }
        String lower = typed.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
        return name.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }

    /** Board members from an organisation named, by the name on the board list or any name the company goes by. */
    private List<Contact> representatives(AnalyzedText text, List<PhraseMatcher.Match<Company>> companies) {
        List<Contact> found = new ArrayList<>(lexicon.organisations.findLongest(text));
        for (Company company : companies.stream().map(PhraseMatcher.Match::value).toList()) {
            List<String> names = company.names().map(Texts::fold).toList();
            lexicon.knowledge.contacts().stream()
                    .filter(c -> c.group() == Contact.Group.BOARD && c.organisation() != null)
                    .filter(c -> names.contains(Texts.fold(c.organisation())) && !found.contains(c))
                    .forEach(found::add);
        }
        return found;
    }

    /** The longest names found (ties all kept), with where they stand. */
    private static <T> List<Mention<T>> longest(PhraseMatcher<T> matcher, AnalyzedText text) {
        List<Mention<T>> all = mentions(matcher, text);
        int best = all.stream().mapToInt(m -> m.length()).max().orElse(0);
        return all.stream().filter(m -> m.length() == best).toList();
    }

    private static <T> List<Mention<T>> mentions(PhraseMatcher<T> matcher, AnalyzedText text) {
        return matcher.find(text).stream().map(Mention::of).toList();
    }

    /** "1993", "2015-2025", "2004-05", "1984 à 1992", "the 80s": years from 1900 to 2099, as written. */
    static List<Named.Years> years(String text) {
        List<Named.Years> years = new ArrayList<>(decades(text));
        Matcher matcher = YEARS.matcher(text);
        while (matcher.find()) {
            int from = Integer.parseInt(matcher.group(1));
            String end = matcher.group(2);
            int to = end == null ? from : end.length() == 2 ? from / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
            boolean span = to > from && to - from <= MAX_SPAN;
            years.add(new Named.Years(from, span ? to : from, matcher.start(), span ? matcher.end() : matcher.start() + 4));
        }
        return years;
    }

    /** "The 80s", "the 1980s", "the eighties", "les années 80": the ten years of a decade. */
    private static List<Named.Years> decades(String text) {
        List<Named.Years> decades = new ArrayList<>();
        Matcher matcher = DECADE.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            int decade = digits != null ? Integer.parseInt(digits)
                    : DECADE_WORDS.indexOf(matcher.group(3).toLowerCase(java.util.Locale.ROOT)) * 10 + 50;
            int from = 1900 + decade;
            decades.add(new Named.Years(from, from + 9, matcher.start(), matcher.end()));
        }
        return decades;
    }

    /**
     * Whether the question is nothing but names and framing words ("Verbom?", "Malika Cherry?",
     * "Who is Malika Chery"): every other word is a function word.
     */
    private boolean onlyNames(AnalyzedText text, List<PhraseMatcher.Match<Company>> companies) {
        Set<String> nameWords = new HashSet<>();
        for (PhraseMatcher.Match<Contact> match : lexicon.people.find(text)) {
            nameWords.addAll(Texts.words(match.value().name()));
        }
        for (PhraseMatcher.Match<Company> match : companies) {
            match.value().names().forEach(name -> nameWords.addAll(Texts.words(name)));
        }
        long other = text.words().stream()
                .filter(w -> !LanguageDetector.isFunctionWord(w))
                .filter(w -> nameWords.stream().noneMatch(n -> EditDistance.between(n, w) <= 1))
                .count();
        return other == 0 && !nameWords.isEmpty();
    }
}
