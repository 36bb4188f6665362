package qc.alubot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import qc.alubot.language.Analyzers;
import qc.alubot.language.EditDistance;

/**
 * BM25 search over the passages of one language, as of one knowledge version, tolerant of
 * typos: a question word the passages never use is matched to the nearest word they do use,
 * as typed, then stemmed. Built by {@link LexicalIndexWriter}.
 */
final class LexicalIndex {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String SURFACE = "surface";
    /** Title and example questions say what a passage is about more densely than its body. */
    private static final float TITLE_BOOST = 0.6f;
    /** A corrected word is weaker evidence than a word typed right. */
    static final float CORRECTED_WEIGHT = 0.8f;
    /** Unknown words this short are shorthand or typos of function words ("wen", "koi", "pls"), not concepts. */
    private static final int NOISE_LENGTH = 3;
    /**
     * Distinct words of a question read at most: a real question has a dozen; the rest of a text of
     * random words would only add search clauses and typo look-ups.
     */
    static final int MAX_QUERY_WORDS = 40;
    /** Typo corrections tried per question: each walks the index's term dictionary with an automaton. */
    static final int MAX_CORRECTIONS = 8;
    /** Longer words are not corrected: no word the passages use is this long, and automata grow with length. */
    static final int MAX_CORRECTED_LENGTH = 24;

    private final Analyzer analyzer;
    private final Analyzer surface;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Set<String>> termsById;

    LexicalIndex(Analyzer analyzer, Analyzer surface, DirectoryReader reader, Map<String, Set<String>> termsById) {
        this.analyzer = analyzer;
        this.surface = surface;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.termsById = termsById;
    }

    /** The question's words as this index understands them: known, corrected, or unknown. */
    QueryTerms understand(String question) {
        List<QueryTerms.Word> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int corrections = 0;
        for (String typed : new LinkedHashSet<>(Analyzers.terms(surface, question))) {
            List<String> stems = Analyzers.terms(analyzer, typed);
            if (stems.isEmpty() || !seen.add(stems.get(0))) {
                continue; // a stop word, or a word already counted
            }
            if (words.size() == MAX_QUERY_WORDS) {
                break;
            }
            String term = stems.get(0);
            int docFreq = docFreq(TEXT, term);
            if (docFreq > 0) {
                words.add(new QueryTerms.Word(term, term, false, idf(docFreq)));
                continue;
            }
            boolean correctable = corrections < MAX_CORRECTIONS && typed.length() <= MAX_CORRECTED_LENGTH;
            corrections += correctable ? 1 : 0;
            String corrected = correctable ? correction(typed) : null;
            if (corrected != null) {
                words.add(new QueryTerms.Word(term, corrected, true, idf(docFreq(TEXT, corrected))));
            } else if (typed.length() > NOISE_LENGTH) {
                words.add(new QueryTerms.Word(term, null, false, QueryTerms.UNKNOWN_WEIGHT * idf(1)));
            }
        }
        return new QueryTerms(words);
    }

    List<LexicalHit> search(QueryTerms terms, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryTerms.Word word : terms.words()) {
            if (word.resolved() == null) {
                continue;
            }
            float weight = word.corrected() ? CORRECTED_WEIGHT : 1f;
            query.add(new BoostQuery(new TermQuery(new Term(TEXT, word.resolved())), weight), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(TITLE, word.resolved())), weight * TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        try {
            List<LexicalHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query.build(), limit).scoreDocs) {
                String id = searcher.storedFields().document(doc.doc).get(ID);
                hits.add(new LexicalHit(id, doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** How much of the question this passage covers, whether or not BM25 ranked it. */
    double coverage(String id, QueryTerms terms) {
        return terms.coverage(termsById.getOrDefault(id, Set.of()));
    }

    /** Whether some passage contains {@code text} as written (case and accents aside). */
    boolean containsPhrase(String text) {
        List<String> words = Analyzers.terms(surface, text);
        if (words.isEmpty()) {
            return false;
        }
        try {
            return searcher.count(new PhraseQuery(SURFACE, words.toArray(String[]::new))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int docFreq(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double idf(int docFreq) {
        int docs = Math.max(1, reader.numDocs());
        return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * The stem of the passage word nearest to {@code typed} as written, within its typo
     * tolerance; the more frequent word on ties. Null when none is near enough.
     */
    private String correction(String typed) {
        int tolerance = EditDistance.tolerance(typed.length());
        if (tolerance == 0) {
            return null;
        }
        Set<String> candidates = new HashSet<>();
        try {
            Query expanded = searcher.rewrite(new FuzzyQuery(new Term(SURFACE, typed), tolerance, 1, 16, true));
            expanded.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... found) {
                    for (Term t : found) {
                        candidates.add(t.text());
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> EditDistance.between(typed, c))
                        .thenComparing(c -> -docFreq(SURFACE, c)))
                .map(c -> Analyzers.terms(analyzer, c))
                .filter(stems -> !stems.isEmpty() && docFreq(TEXT, stems.get(0)) > 0)
                .map(stems -> stems.get(0))
                .findFirst()
                .orElse(null);
    }

    record LexicalHit(String id, double score) {
    }
}
