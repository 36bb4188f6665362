package qc.alubot.language;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spoken Québec French written as said ("c'tu vrai que c'est l'gouvernement qui paye pour faire
 * rouler AVS ?", "y'en a-tu gros ?", "s'trouver d'autre chose") put in the standard French the
 * passages are written in, for search: an embedding model has rarely seen "c'tu", and "su'l"
 * stems to nothing. Only the question's search text changes; what the investor wrote is kept
 * everywhere else. Each rule is one regular expression over whole words, linear in the text.
 */
public final class QuebecFrench {

    private static final WordRules RULES = new WordRules("[\\p{L}'’]", "[\\p{L}]")
            .rule("c['’]?tu", "est-ce que c'est")
            .rule("c['’]est[- ]tu", "est-ce que c'est")
            .rule("y['’ ]en a[- ]tu", "y en a-t-il")
            .rule("y['’ ]a[- ]tu", "y a-t-il")
            .rule("(est|sont|ont|a|va|fait|peut|vont|font)[- ]tu", "$1-il")
            .rule("(\\p{L}+)-tu", "$1-il")
            .rule("y['’]en a", "il y en a")
            .rule("y['’]a", "il y a")
            .rule("su['’]l['’]", "sur l'")
            .rule("su['’][lr]", "sur le")
            .rule("su['’]a", "sur la")
            .rule("c['’]t['’]affaire[- ]là", "cette affaire")
            .rule("k[oe]ss?[ée]|quess?[ée]", "qu'est-ce que")
            .rule("pis", "et")
            .rule("icitte", "ici")
            .rule("ben", "bien")
            .rule("pantoute", "pas du tout")
            .rule("asteure", "maintenant")
            .rule("chu", "je suis")
            .rule("paye", "paie")
            .rule("faire rouler", "faire fonctionner")
            .rule("en toute", "en tout")
            .rule("patente", "chose")
            .rule("dispo", "disponible")
            .rule("checker", "vérifier")
            .rule("checke", "vérifie")
            .rule("gagnent leur vie", "travaillent")
            .rule("gagne sa vie", "travaille")
            .rule("runn?e", "exploite")
            .rule("runn?ent", "exploitent")
            .rule("runn?er", "exploiter")
            // "le CA d'AVS" is its board; the lower-case "ca" is "ça" typed without its accent
            .exactCaseRule("CA(?! annuel)", "conseil d'administration");
    /** "s'trouver", "l'gouvernement", "d'la": an elided "e" before a consonant ("l'hydro" is standard). */
    private static final Pattern DROPPED_E = Pattern.compile("(?iu)(?<![\\p{L}])([sltmdnj])['’]([bcdfgjklmnpqrstvwxz])");

    private QuebecFrench() {
    }

    public static String standard(String text) {
        String result = RULES.apply(DROPPED_E.matcher(text).replaceAll(m -> m.group(1) + "e " + m.group(2)));
        return result.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) ? text : result;
    }
}
