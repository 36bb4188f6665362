package qc.alubot.understanding;

import java.util.Set;

/**
 * Words that say where or in which industry without saying what is asked ("in Québec", "the
 * aluminum industry", "currently"): they neither make a question about a figure or a list nor keep
 * it from being one. Folded (lower case, no accents).
 */
public final class Setting {

    public static final Set<String> WORDS = Set.of("quebec", "qc", "province", "aluminum", "aluminium", "alu",
            "industry", "industri", "industrie", "sector", "secteur", "cluster", "grappe", "here", "ici", "currently",
            "actuellement", "available", "disponible", "today", "now", "dalu", "d'alu");

    private Setting() {
    }
}
