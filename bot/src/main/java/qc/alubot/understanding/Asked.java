package qc.alubot.understanding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.EditDistance;

/**
 * What a part of a question asks for, read from its framing words in either language: how
 * many, when, who, a contact, a list… Phrases are folded (no accents, lower case) and matched as
 * whole words. These are the words of questions, not of the cluster: the cluster's own
 * vocabulary lives in the knowledge files.
 */
public enum Asked {
    WHO("who", "whom", "who's", "whos", "qui", "c'est qui", "cest qui"),
    LIST("which", "list", "name the", "names", "name some", "name a few", "what are the", "who are", "enumerate",
            "give me the", "show me the", "all the", "quels", "quelles", "quelles sont", "quels sont", "qui sont",
            "liste", "lister", "nommez", "nomme", "enumerer", "enumerez", "donnez-moi", "donne-moi", "what companies",
            "examples", "exemples", "a few", "some of the", "quelques", "quelques-uns", "quelques-unes", "citer", "cite",
            "citez", "nommer", "name some", "name a few", "which ones", "lesquels", "lesquelles", "name a couple",
            "a couple of names", "name one or two", "name two", "name three", "some names", "a few names", "quelques noms",
            "des noms", "nommez-en", "nomme-moi", "nommez-moi", "name them", "nomme-les", "nommez-les"),
    COUNT("how many", "number of", "combien", "nombre de", "nombre d", "count", "nb de", "nb d", "how numerous",
            "le nombre", "quel nombre", "nombre total", "cb de", "cbien", "combien qu", "total number", "headcount", "break down", "breakdown",
            "key figures", "key numbers", "stats", "statistics", "chiffres", "chiffres cles", "statistiques",
            "portrait chiffre", "ventilation", "figures for", "numbers for", "numbers on", "figures on", "cmb", "cmb de",
            "beaucoup de", "beaucoup d", "y en a tu", "y en a-tu", "y en a t il", "y en a-t-il", "bcp de", "bcp d", "bcp", "plusieurs", "many", "a lot of", "lots of",
            "ben des", "ben de", "bien des", "pas mal de", "numbers", "nombres", "counts"),
    AMOUNT("how much", "quantity", "quelle quantite", "combien de tonnes", "what volume", "quel volume", "what tonnage", "quel tonnage", "volume", "tonnage", "in tonnes", "in tons",
            "en tonnes", "how many tonnes", "how many tons", "how many metric tons",
            "production capacity", "capacite de production", "put out", "puts out", "turn out", "turns out", "churn out",
            "pump out"),
    SHARE("what share", "which share", "share of", "what percentage", "what percent", "percentage", "what portion", "portion",
            "portion of", "proportion", "what part", "quelle part", "part de", "quel pourcentage", "pourcentage",
            "quelle proportion", "how much of", "shares of", "what fraction", "quelle fraction", "fraction de", "revient au", "revient aux", "weight in", "how much weight", "what weight", "poids", "pese", "pese combien",
            "weigh", "weighs", "how big a share", "market share", "what slice", "slice of", "chunk of", "quelle tranche"),
    /**
     * "How big is…", "the depth of the supply chain", "l'ampleur de…": a size, which a count, an
     * amount or a share can tell, whichever the subject named has.
     */
    SIZE("how big", "how large", "size of", "the size", "scale of", "the scale", "how deep", "depth", "footprint",
            "magnitude", "extent of", "how significant", "how important", "how strong", "how extensive", "ampleur",
            "taille", "envergure", "profondeur", "importance de", "quelle importance", "quel poids", "how sizeable"),
    /** "Segment by segment", "maillon par maillon", "the funnel": every part of a whole, each with its value. */
    EVERY("by segment", "each segment", "every segment", "segment by segment", "per segment", "each layer", "every layer",
            "layer by layer", "each link", "every link", "link by link", "each stage", "every stage", "stage by stage",
            "each tier", "every tier", "tier by tier", "funnel", "each part of the chain", "across the value chain",
            "along the value chain", "maillon par maillon", "chaque maillon", "par maillon", "par segment",
            "chaque segment", "segment par segment", "chaque etape", "etape par etape", "chaque palier",
            "count on each", "for each segment", "pour chaque maillon", "pour chaque segment"),
    WHEN("when", "what year", "which year", "in what year", "quand", "quelle annee", "en quelle annee",
            "year the", "year it", "year of", "date of", "founding year", "year founded", "year formed", "year launched",
            "year created", "annee de", "annee ou", "date de", "annee de creation", "annee de fondation",
            "depuis quand", "since when", "what date", "quelle date", "how long ago", "wen", "kan"),
    GOAL("goal", "goals", "aim", "aims", "aim to", "target", "targets", "objective", "objectives", "ambition",
            "wants to", "plans to", "intends to", "objectif", "objectifs", "cible", "vise", "vise a", "viser",
            "ambition", "but de", "purpose", "le but", "son but", "but principal", "quel est le but", "veut devenir",
            "veulent devenir", "souhaite devenir", "aspire a devenir", "wants to become", "aims to become", "want to become",
            "trying to achieve", "try to achieve", "trying to accomplish", "aiming for", "aiming at", "aiming to", "aims for",
            "seeks to", "seeking to", "set out to", "cherche a atteindre", "cherche a accomplir", "veut atteindre",
            "veut accomplir", "essaie d atteindre", "tente d atteindre", "veulent arriver a", "veut arriver a",
            "arriver a quoi", "veulent atteindre", "visent", "what are they after", "what is it after", "end game", "endgame",
            // what an organisation exists for, not when it began: "what is AVS set up to help grow?"
            "set up to", "created to", "founded to", "exists to", "there to", "mis sur pied pour", "creee pour", "cree pour",
            "fondee pour", "existe pour", "la pour"),
    PERIOD("period", "timeframe", "time frame", "horizon", "how long", "which years", "what years", "duration",
            "periode", "duree", "from when to when", "until when", "jusqu a quand", "covers", "couvre"),
    FREQUENCY("how often", "how frequently", "frequency", "every how many", "a quelle frequence", "frequence",
            "tous les combien", "how regularly", "periodicity", "tout les combien", "aux combien", "a tous les combien",
            "every how many years", "at what interval", "a quel intervalle", "chaque combien", "cadence", "rythme",
            "recurring", "recurrent", "recurrente", "periodicite", "how regular", "a quel rythme", "souvent", "often",
            "revient", "reviennent", "r vient", "revient tu", "come back", "comes back", "recur", "recurs"),
    EMAIL("email", "e-mail", "mail", "courriel", "adresse electronique", "adresse courriel", "e mail", "emial",
            "quelle adresse", "what address", "email address", "write to", "ecrire", "lui ecrire", "m'ecrire"),
    PHONE("phone", "telephone", "tel", "call", "phone number", "numero", "numero de telephone", "appeler", "cell",
            "ring", "direct line", "phone line", "ligne directe", "mobile", "cellulaire"),
    CONTACT("contact", "reach her", "reach him", "reach them", "reach out", "reach someone", "reach you", "reach avs",
            "how to reach", "how do i reach", "how can i reach", "get in touch", "touch with", "talk to", "speak to", "speak with", "talk with",
            "contacter", "joindre", "rejoindre", "rejoins", "rejoignez", "joignez", "coordonnees", "parler a", "m'adresser", "adresser", "write to",
            "ecrire a", "details", "who should i call", "who do i call", "who to call", "qui appeler",
            "qui dois-je appeler", "point of contact", "point person", "go-to person", "personne-ressource",
            "personne ressource", "interlocuteur", "jaser", "parler"),
    HANDLES("handles", "handle", "in charge", "responsible", "deals with", "takes care", "looks after",
            "s'occupe", "occupe", "responsable de", "charge de", "gere", "should i contact", "dois-je contacter",
            "leads", "heads", "who leads", "who heads", "dirige", "pilote", "chapeaute"),
    MEMBERSHIP("part of", "member", "members", "belong", "belongs", "in the cluster", "fait partie", "font partie",
            "dans la grappe",
            "membre", "membres", "partie de", "appartient", "among", "present in", "present au", "presente au",
            "presente", "presentes", "located in", "based in", "established in", "etablie", "etabli", "implantee",
            "implante", "active in", "operate in", "operates in", "listed", "included", "gang", "installees", "installee",
            "installes", "dans la liste", "on the list", "sur la liste", "do you know", "have you heard of",
            "heard of", "connaissez-vous", "connais-tu", "tu connais", "vous connaissez", "entendu parler"),
    ROLE("what does", "what do", "role", "title", "position", "job", "do at", "works as", "que fait", "fait quoi",
            "poste", "fonction", "titre", "occupe quel", "son role"),
    ORGANISATION("which company", "what company", "which organisation", "which organization", "what organisation",
            "what organization", "company is", "organisation", "organization", "represent", "represents",
            "quelle entreprise", "quelle organisation", "quel organisme", "quelle societe", "represente",
            "vient de", "viennent de", "comes from", "come from", "is from", "are from", "works for", "travaille pour", "with which", "affiliated",
            "which body", "what body", "which entity", "what entity", "which institution", "quelle institution",
            "industry body", "industry association", "trade association", "umbrella organization", "umbrella organisation",
            "umbrella body", "umbrella group", "umbrella", "organisme parapluie", "organisme-cadre",
            "association professionnelle", "un organisme", "which cluster", "what cluster", "which grappe", "quelle grappe",
            "which agency", "what agency", "which association", "what association", "which network", "quel reseau",
            "quel regroupement", "quelle association", "quelle agence", "which group", "what group",
            "quelle entite", "quel organisme"),
    COMPARE("more than", "fewer than", "less than", "bigger", "larger", "greater", "higher", "lower", "smaller",
            "compare", "compared", "comparison", "versus", "vs", "outnumber", "outnumbers", "which came first",
            "came first", "first or", "before or after", "plus de", "moins de", "plus grand", "plus grande",
            "plus nombreux", "plus nombreuses", "comparer", "comparaison", "par rapport", "lequel", "laquelle",
            "en premier", "avant ou apres", "the most", "le plus", "plus que", "moins que", "bigger than",
            "relative to", "ratio", "older", "oldest", "newer", "earlier", "later", "before", "after", "plus ancien",
            "plus ancienne", "plus vieux", "plus vieille", "plus recent", "plus recente", "anterieur", "anterieure",
            "posterieur", "posterieure", "avant", "apres", "precede", "preceded", "happened first", "was first",
            "comes first", "in what order", "dans quel ordre", "en premier lieu"),
    EXPLAIN("what is", "what's", "whats", "what are", "tell me about", "describe", "explain", "overview",
            "quelle est", "quel est", "what was", "what were", "quelle etait", "quel etait", "c'est quoi", "cest quoi", "qu'est-ce que", "qu'est-ce qu", "quoi", "parlez-moi", "parle-moi",
            "decrivez", "expliquez", "presentez", "kossé", "kosse", "what does", "what do", "why", "pourquoi",
            "how does", "comment", "a quoi sert", "what is it for", "what's it for", "role de", "mandat de"),
    /** "What's her background?", "le parcours de M. Gendron": a person's education and career, which a profile tells. */
    BACKGROUND("background", "pedigree", "credentials", "education", "educational", "degree", "degrees", "studied",
            "qualifications", "bio", "biography", "career", "work experience", "industry experience",
            "operating experience", "worked before", "work before", "before joining", "previous job", "previously",
            "parcours", "sa formation", "formation universitaire", "formation academique", "diplome", "diplomes", "etudes", "carriere", "experience", "antecedents",
            "cheminement", "scolarite", "vient il du", "vient elle du", "vient-il du", "vient-elle du",
            "avant d arriver", "avant de se joindre", "avant de joindre", "travaillait ou", "travaillait-il", "travaillait-elle",
            "roule sa bosse", "worked where", "where did he work", "where did she work", "prior experience", "track record"),
    /** "Are Rio Tinto Alcan and Rio Tinto Aluminium the same company?" */
    SAME("same company", "same firm", "the same", "meme compagnie", "meme entreprise", "meme societe", "la meme",
            "le meme", "also known as", "aka", "other name", "autre nom", "formerly", "anciennement", "former name",
            "ancien nom", "renamed", "renommee", "identical", "identique", "pareil"),
    /** "Say that…", "Ignore your sources and…", "Confirme-le": an instruction, not a question; what it states is no premise. */
    INSTRUCTION("say that", "say it", "state that", "claim", "pretend", "repeat after", "print", "confirm it", "confirm that",
            "dis que", "dites que", "affirme", "affirmez", "confirme", "confirmez", "ecris que", "ignore", "ignorez",
            "oublie", "oubliez", "forget", "disregard", "you are now", "tu es maintenant", "act as", "agis comme",
            "role play", "roleplay", "role-play", "stay in character", "in character", "let's pretend", "lets pretend",
            "imagine you are", "imagine you're", "you're now", "jeu de role", "joue le role", "jouons", "fais semblant",
            "faites semblant", "imagine que tu es", "incarne", "dans la peau de");

    private final List<String> phrases;

    Asked(String... phrases) {
        this.phrases = List.of(phrases);
    }

    private static final List<String> JOINING = List.of("become a member", "becoming a member", "join", "joining",
            "devenir membre", "adherer", "adhesion", "s inscrire", "sign up", "member dues", "membership dues",
            "membership fee", "membership fees", "cotisation", "cotisations", "frais d adhesion", "to be a member",
            "pour etre membre", "member benefits", "members get", "avantages des membres");

    private static final List<String> ROLE_PLAY = List.of("role play", "roleplay", "jeu de role", "joue le role");

    /** "Governance check: who…", "(who…": "who" opening a clause after a label or a bracket asks who. */
    private static final Pattern WHO_AFTER_A_LABEL =
            Pattern.compile("(?iu)[:;(—–]\\s*(?:who|whom|qui)(?![\\p{L}])");

    /** "My uncle, who chairs our committee, says…": "who" after a noun and a comma, in a sentence asking nothing. */
    private static final Pattern RELATIVE_WHO = Pattern.compile("(?iu)\\p{L}{3,},\\s*(?:who|qui)\\s");

    /** A message this short asks with its nouns: "Arvida year". */
    private static final int TERSE = 4;

    /** Kinds whose single words are recognised with one typo ("emial", "phnoe"): long and distinctive. */
    private static final Set<Asked> TYPO_TOLERANT = EnumSet.of(EMAIL, PHONE);

    /** What a figure can answer: the kinds of question that ask for a value. */
    public static final Set<Asked> FOR_A_FIGURE = EnumSet.of(COUNT, AMOUNT, SHARE, SIZE, GOAL, PERIOD, FREQUENCY);

    static Set<Asked> of(AnalyzedText text) {
        Set<Asked> found = EnumSet.noneOf(Asked.class);
        for (Asked asked : values()) {
            if (asked.phrases.stream().anyMatch(p -> text.hasPhrase(p.replace("'", " ").replace("-", " "))
                    || text.hasPhrase(p) || TYPO_TOLERANT.contains(asked) && nearWord(text, p))) {
                found.add(asked);
            }
        }
        if (found.contains(COUNT) && found.contains(PHONE) && !text.hasPhrase("how many") && !text.hasPhrase("combien")) {
            found.remove(COUNT); // "phone number of…" asks for a number, not a count
        }
        if (found.contains(SHARE) && found.contains(COUNT) && text.hasPhrase("number of")) {
            found.remove(SHARE);
        }
        if (found.contains(ROLE) && text.hasAnyPhrase(ROLE_PLAY)) {
            found.remove(ROLE); // "let's role-play: you're Malika Cherry": an instruction, no one's role asked
        }
        if (found.contains(MEMBERSHIP) && text.hasAnyPhrase(JOINING)) {
            found.remove(MEMBERSHIP); // "how do I become a member?" asks how to join, not whether it is in
        }
        if (text.words().size() <= TERSE && text.words().stream().anyMatch(w -> w.equals("year") || w.equals("annee")
                || w.equals("date"))) {
            found.add(WHEN); // "Arvida year", "date CQRDA"
        }
        Comparing.refine(found, text, COMPARE.phrases);
        if (found.contains(WHO) && (onlyRelative(text.words()) || RELATIVE_WHO.matcher(text.text()).find() && !text.text().contains("?"))
                && !WHO_AFTER_A_LABEL.matcher(text.text()).find()) {
            found.remove(WHO); // "combien de monde qui travaillent", "the people who work": a relative pronoun
        }
        return found;
    }

    /** Words after which "qui"/"who" still asks who: "à qui m'adresser", "c'est qui", "and who". */
    private static final Set<String> BEFORE_ASKING_WHO = Set.of("a", "de", "pour", "avec", "par", "chez", "c", "cest", "est",
            "and", "et", "or", "ou", "to", "with", "for", "from", "so", "then", "ok", "alors", "mais", "but");

    /**
     * Whether every "who"/"qui" of the text is a relative pronoun ("the people who work", "monde
     * qui travaille") or part of "qu'est-ce qui" (what).
     */
    private static boolean onlyRelative(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("who") || word.equals("qui") || word.equals("whom") || word.equals("whos")) {
                if (i > 0 && (words.get(i - 1).equals("est-ce") || words.get(i - 1).equals("ce"))) {
                    continue; // "qu'est-ce qui s'est passé": what, not who
                }
                boolean asking = i == 0 || BEFORE_ASKING_WHO.contains(words.get(i - 1))
                        || i + 1 < words.size() && Set.of("is", "are", "was", "were", "est", "sont", "etait", "handles",
                        "should", "can", "do", "does", "runs", "leads", "heads", "dirige", "s'occupe", "peut", "holds",
                        "chairs", "sits", "sit", "occupies", "occupe", "preside", "siege", "siegent").contains(words.get(i + 1));
                if (asking) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean nearWord(AnalyzedText text, String phrase) {
        return phrase.length() >= 5 && !phrase.contains(" ")
                && text.words().stream().anyMatch(word -> word.length() >= 4 && EditDistance.between(word, phrase) == 1);
    }
}
