package qc.alubot.understanding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Milestone;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.Language;
import qc.alubot.language.Multipliers;
import qc.alubot.language.Numbers;
import qc.alubot.language.PhraseMatcher;
import qc.alubot.language.Texts;

/**
 * Finds the facts a question takes for granted and checks them: a number next to a figure's
 * subject ("five smelters", "40% of North American output"), a year next to an event ("AVS,
 * founded in 1999"), a growth factor ("triple processing"), a frequency ("every two years") and
 * a title next to a person ("Julien Gendron, the general director").
 */
final class Premises {

    /** How far (in characters) a number may stand from the subject it counts: "five aluminum smelters". */
    private static final int NUMBER_REACH = 32;
    /** How far a year may stand from the event it dates: "founded in 1999". */
    private static final int YEAR_REACH = 24;
    /** How far a title may stand from the person it is given to: "Julien Gendron, the general director". */
    private static final int TITLE_REACH = 40;
    private static final Pattern PERCENT = Pattern.compile("^\\s*(%|per ?cent|pour ?cent)");
    private static final Pattern AMOUNT = Pattern.compile("^\\s*(millions?|billions?|milliards?|mt\\b|tonnes|tons|t\\b)");
    /** "In five years", "sur 10 ans": a duration, not a count. */
    private static final Pattern DURATION = Pattern.compile("^\\s*(years?|ans|annees|months?|mois|days?|jours|weeks?|semaines|hours?|heures)\\b");
    private static final Pattern FREQUENCY = Pattern.compile(
            "\\b(?:every|tous les|toutes les|aux)\\s+(\\w+)\\s+(?:years|ans|annees)\\b|\\b(annual|annually|yearly|annuel|annuelle|"
                    + "biennial|every other year|biannual|triennial|bisannuel|triennal|every year|each year|chaque annee|"
                    + "tous les ans|une fois par an|once a year)\\b");

    private final Lexicon lexicon;

    Premises(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What a sentence takes for granted; nothing when it is an instruction ("say that Québec has 20 smelters"). */
    List<Premise> in(AnalyzedText text, java.util.Set<Asked> asked, Named named, Language language) {
        List<Premise> premises = new ArrayList<>();
        if (asked.contains(Asked.INSTRUCTION)) {
            return premises;
        }
        premises.addAll(figures(text, named, language, asked.contains(Asked.COUNT)));
        premises.addAll(goals(text, named));
        premises.addAll(frequencies(text, named, language));
        premises.addAll(periods(named));
        premises.addAll(years(text, named));
        premises.addAll(titles(text));
        premises.addAll(organisations(text, named));
        return premises;
    }

    /**
     * "Since Québec has five smelters", "2,000 processors", "40% of North American production".
     * A figure taken for granted about a company or a place ("Alcoa has three smelters") is
     * about something the knowledge gives no figure for: neither confirmed nor contradicted.
     */
    private List<Premise> figures(AnalyzedText text, Named named, Language language, boolean counting) {
        List<Premise> premises = new ArrayList<>();
        if (!named.companies().isEmpty() || !named.places().isEmpty()) {
            return premises;
        }
        String folded = Texts.fold(text.text());
        Set<Integer> placed = new HashSet<>();
        for (Numbers.Figure number : Numbers.in(text.text(), language)) {
            int at = place(folded, Texts.fold(number.written()), placed);
            if (at < 0 || isYear(number) || inADate(folded, at, at + number.written().length())
                    || identifies(text.text(), at) || vague(folded.substring(0, at), number)
                    || counting && bounded(folded.substring(0, at))) {
                continue;
            }
            String after = folded.substring(Math.min(folded.length(), at + number.written().length()));
            if (DURATION.matcher(after).find() || SIZE_OF_ONES_OWN.matcher(after).find()) {
                continue;
            }
            Figure.Kind kind = PERCENT.matcher(after).find() ? Figure.Kind.SHARE
                    : AMOUNT.matcher(after).find() || number.value().compareTo(number.raw()) != 0 ? Figure.Kind.AMOUNT
                    : Figure.Kind.COUNT;
            String before = folded.substring(0, at);
            nearest(named, at, at + number.written().length(), kind)
                    .filter(figure -> agrees(figure, number.value()) || !anotherNamedFigureHas(figure, named, number.value()))
                    .ifPresent(figure -> premises.add(Premise.aboutFigure(figure, number.written().strip(),
                            agrees(figure, number.value()) || boundHolds(before, figure, number.value()))));
        }
        return premises;
    }

    /**
     * "What share of the 7,000-plus processing workers are unionized?": 7,000 is a figure the
     * knowledge gives (the processing jobs, whose name the question also says) next to the name of
     * another; it is quoted right, not a wrong premise to correct. "923 recyclers" names only the
     * recyclers: corrected.
     */
    private static boolean anotherNamedFigureHas(Figure figure, Named named, BigDecimal asserted) {
        return named.figures().stream().map(Mention::value)
                .anyMatch(other -> !other.id().equals(figure.id()) && other.kind() == figure.kind() && agrees(other, asserted));
    }

    /**
     * Where a number stands: its first whole-word occurrence not already given to another (digits
     * are found before number words, so "ten years before the 2.9 million" places "ten" first).
     */
    private static int place(String folded, String written, Set<Integer> placed) {
        for (int at = folded.indexOf(written); at >= 0; at = folded.indexOf(written, at + 1)) {
            int end = at + written.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
            if (whole && placed.add(at)) {
                return at;
            }
        }
        return -1;
    }

    /** "a 150-person aluminum plant", "un projet de 40 employés": the size of the asker's own project. */
    private static final Pattern SIZE_OF_ONES_OWN = Pattern.compile("^-(?:person|people|employee|worker|job|seat|man|strong)\\b");

    private static final Pattern ROUGHLY = Pattern.compile("\\b(?:a few|few|several|some|many|a couple of|couple of"
            + "|quelques|plusieurs|des|de|bien des)\\s+$");

    /** "a few thousand people", "quelques milliers d'emplois": an order of size, not a figure to check. */
    private static boolean vague(String before, Numbers.Figure number) {
        return number.written().chars().noneMatch(Character::isDigit) && ROUGHLY.matcher(before).find();
    }

    private static final Pattern IDENTIFIER = Pattern.compile("\\b\\p{Lu}{2,}[\\s-]?$");

    /**
     * "IATF 16949", "ISO 9001", "AS9100": a number naming a standard or a model, which counts nothing
     * ({@code at}: where the number stands in the folded text, which keeps the cleaned text's length but for
     * collapsed spaces: near enough for a window of a dozen characters).
     */
    private static boolean identifies(String text, int at) {
        return at > 0 && at <= text.length() && IDENTIFIER.matcher(text.substring(Math.max(0, at - 12), at)).find();
    }

    /** "updated 2026-12-01", "le 18/06/2015", "at 10:30": a part of a date or a time, which counts nothing. */
    private static boolean inADate(String folded, int start, int end) {
        boolean joinedBefore = start >= 2 && "-/:.".indexOf(folded.charAt(start - 1)) >= 0
                && Character.isDigit(folded.charAt(start - 2));
        boolean joinedAfter = end + 1 < folded.length() && "-/:".indexOf(folded.charAt(end)) >= 0
                && Character.isDigit(folded.charAt(end + 1));
        return joinedBefore || joinedAfter;
    }

    private static boolean isYear(Numbers.Figure number) {
        int value = number.value().intValue();
        return number.value().scale() <= 0 && value >= 1900 && value <= 2099 && number.written().matches("\\d{4}");
    }

    /**
     * The figure of this kind whose subject stands closest to the number, within reach. A count
     * must be said of the subject's name ("five smelters"), not of a word that only hints at it.
     */
    private static Optional<Figure> nearest(Named named, int start, int end, Figure.Kind kind) {
        List<Mention<Figure>> all = new ArrayList<>(named.figures());
        if (kind != Figure.Kind.COUNT) {
            all.addAll(named.figureCues());
        }
        return all.stream()
                .filter(m -> m.value().kind() == kind)
                .filter(m -> distance(m, start, end) <= NUMBER_REACH)
                .min(Comparator.comparingInt(m -> distance(m, start, end)))
                .map(Mention::value);
    }

    private static int distance(Mention<?> mention, int start, int end) {
        if (mention.start() >= end) {
            return mention.start() - end;
        }
        return mention.end() <= start ? start - mention.end() : 0;
    }

    /** Amounts are compared on their significant digits: "2.9 Mt" and "2.9 million tonnes" agree. */
    private static final Pattern AT_LEAST = Pattern.compile("\\b(?:more than|over|at least|above|plus de|au moins|au-dessus de|au dela de)\\s+$");
    private static final Pattern AT_MOST = Pattern.compile("\\b(?:fewer than|less than|under|below|moins de|au plus)\\s+$");

    /** "How many … have more than 100 employees?": a condition on what is counted, not a figure taken for granted. */
    private static boolean bounded(String before) {
        return AT_LEAST.matcher(before).find() || AT_MOST.matcher(before).find();
    }

    /** "More than 1,000 processors" of 1,400: a bound the figure keeps, which is right, not a value to correct. */
    private static boolean boundHolds(String before, Figure figure, BigDecimal asserted) {
        int order = figure.value().compareTo(asserted);
        return order > 0 && AT_LEAST.matcher(before).find() || order < 0 && !figure.atLeast() && AT_MOST.matcher(before).find();
    }

    private static boolean agrees(Figure figure, BigDecimal asserted) {
        if (figure.agreesWith(asserted)) {
            return true;
        }
        if (figure.kind() != Figure.Kind.AMOUNT) {
            return false;
        }
        MathContext digits = new MathContext(3);
        return significand(asserted).round(digits).compareTo(significand(figure.value()).round(digits)) == 0;
    }

    private static BigDecimal significand(BigDecimal value) {
        return value.movePointLeft(value.precision() - value.scale() - 1).stripTrailingZeros();
    }

    /** "AluQuébec wants to triple processing": a factor next to a goal's subject. */
    private List<Premise> goals(AnalyzedText text, Named named) {
        List<Premise> premises = new ArrayList<>();
        List<Mention<Figure>> goals = named.figures().stream().filter(m -> m.value().kind() == Figure.Kind.GOAL).toList();
        if (goals.isEmpty()) {
            return premises;
        }
        for (String word : text.words()) {
            Multipliers.of(word).ifPresent(factor -> {
                Figure goal = goals.get(0).value();
                premises.add(Premise.aboutFigure(goal, word, goal.value().intValue() == factor));
            });
        }
        return premises;
    }

    /** "Given the trade show is held every two years": a frequency next to a frequency's subject. */
    private List<Premise> frequencies(AnalyzedText text, Named named, Language language) {
        List<Premise> premises = new ArrayList<>();
        Optional<Figure> frequency = named.figures().stream().map(Mention::value)
                .filter(f -> f.kind() == Figure.Kind.FREQUENCY).findFirst();
        if (frequency.isEmpty()) {
            return premises;
        }
        Matcher matcher = FREQUENCY.matcher(Texts.fold(text.text()));
        while (matcher.find()) {
            Optional<Integer> years = matcher.group(1) != null ? number(matcher.group(1), language) : adjective(matcher.group(2));
            years.ifPresent(n -> premises.add(Premise.aboutFigure(frequency.get(), matcher.group().strip(),
                    frequency.get().value().intValue() == n)));
        }
        return premises;
    }

    private static Optional<Integer> number(String word, Language language) {
        if (word.equals("other")) {
            return Optional.of(2);
        }
        return Numbers.in(word, language).stream().findFirst().map(f -> f.value().intValue())
                .or(() -> Numbers.in(word, language.other()).stream().findFirst().map(f -> f.value().intValue()));
    }

    private static Optional<Integer> adjective(String word) {
        return switch (word) {
            case "annual", "annually", "yearly", "annuel", "annuelle", "every year", "each year", "chaque annee",
                 "tous les ans", "une fois par an", "once a year" -> Optional.of(1);
            case "biennial", "every other year", "biannual", "bisannuel" -> Optional.of(2);
            case "triennial", "triennal" -> Optional.of(3);
            default -> Optional.empty();
        };
    }

    /** "The 2010-2020 strategy": a span of years next to a period's subject. */
    private List<Premise> periods(Named named) {
        List<Premise> premises = new ArrayList<>();
        for (Mention<Figure> mention : named.figures()) {
            Figure figure = mention.value();
            if (figure.kind() != Figure.Kind.PERIOD) {
                continue;
            }
            for (Named.Years years : named.years()) {
                boolean span = years.to() > years.from();
                if (span && Math.min(Math.abs(years.end() - mention.start()), Math.abs(mention.end() - years.start())) <= NUMBER_REACH) {
                    boolean agrees = years.from() == figure.value().intValue() && years.to() == figure.until().intValue();
                    premises.add(Premise.aboutFigure(figure, years.from() + "-" + years.to(), agrees));
                }
            }
        }
        return premises;
    }

    /** "AVS, founded in 1999": a year next to an event of a milestone whose subject is named too. */
    private List<Premise> years(AnalyzedText text, Named named) {
        List<Premise> premises = new ArrayList<>();
        for (Named.Years years : named.years()) {
            for (Mention<Milestone> event : named.events()) {
                Milestone milestone = event.value();
                boolean subjectNamed = named.milestones().stream().anyMatch(m -> m.value().equals(milestone));
                boolean near = Math.min(Math.abs(years.start() - event.end()), Math.abs(event.start() - years.end())) <= YEAR_REACH;
                // "helped launch since it got its 2015 mandate": the year of another milestone, nearer its own event
                int distance = Math.min(Math.abs(years.start() - event.end()), Math.abs(event.start() - years.end()));
                boolean anotherMilestones = named.events().stream()
                        .filter(other -> !other.value().equals(milestone) && years.overlaps(other.value().from(), other.value().to()))
                        .anyMatch(other -> Math.min(Math.abs(years.start() - other.end()), Math.abs(other.start() - years.end())) < distance);
                if (subjectNamed && near && !usedForPeriod(named, years) && !anotherMilestones) {
                    String asserted = text.text().substring(years.start(), years.end());
                    premises.add(Premise.aboutMilestone(milestone, asserted, years.overlaps(milestone.from(), milestone.to())));
                    break;
                }
            }
        }
        return premises;
    }

    private static boolean usedForPeriod(Named named, Named.Years years) {
        return years.to() > years.from() && named.figures().stream().anyMatch(m -> m.value().kind() == Figure.Kind.PERIOD);
    }

    /**
     * "Patrice Côté represents Rio Tinto on the board": a board member next to an organisation
     * another member represents.
     */
    private List<Premise> organisations(AnalyzedText text, Named named) {
        List<Premise> premises = new ArrayList<>();
        List<PhraseMatcher.Match<Contact>> people = lexicon.people.find(text);
        for (PhraseMatcher.Match<Contact> person : people) {
            Contact member = person.value();
            for (Contact representative : named.representatives()) {
                boolean sameOrganisation = member.organisation() != null
                        && Texts.fold(member.organisation()).equals(Texts.fold(representative.organisation()));
                if (member.group() == Contact.Group.BOARD && !sameOrganisation && !member.equals(representative)) {
                    premises.add(Premise.aboutOrganisation(member, representative));
                    return premises;
                }
            }
        }
        return premises;
    }

    /** "Julien Gendron, the general director": a title next to someone who does not hold it. */
    private List<Premise> titles(AnalyzedText text) {
        List<Premise> premises = new ArrayList<>();
        List<PhraseMatcher.Match<Contact>> people = lexicon.people.find(text);
        List<PhraseMatcher.Match<Contact>> titles = lexicon.roles.find(text);
        for (PhraseMatcher.Match<Contact> person : people) {
            for (PhraseMatcher.Match<Contact> title : titles) {
                List<Contact> holders = lexicon.roles.find(text).stream()
                        .filter(t -> t.start() == title.start()).map(PhraseMatcher.Match::value).toList();
                int gap = title.start() >= person.end() ? title.start() - person.end() : person.start() - title.end();
                String between = gap < 0 ? "" : text.text().substring(Math.min(person.end(), title.end()),
                        Math.max(person.start(), title.start()));
                boolean joined = Texts.words(between).stream().anyMatch(w -> w.equals("and") || w.equals("et") || w.equals("or")
                        || w.equals("ou"));
                if (gap >= 0 && gap <= TITLE_REACH && !joined && !holders.contains(person.value())) {
                    premises.add(Premise.aboutTitle(person.value(), holders.get(0)));
                    return premises;
                }
            }
        }
        return premises;
    }
}
