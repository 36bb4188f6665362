package qc.alubot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.EditDistance;
import qc.alubot.language.Language;

/**
 * BM25 search over the passages of one language, tolerant of typos: a question word the
 * passages never use is matched to the nearest word they do use, as typed, then stemmed.
 */
final class LexicalIndex {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String SURFACE = "surface";
    /** Title and example questions say what a passage is about more densely than its body. */
    private static final float TITLE_BOOST = 0.6f;
    /** A corrected word is weaker evidence than a word typed right. */
    static final float CORRECTED_WEIGHT = 0.8f;
    /** Unknown words this short are shorthand or typos of function words ("wen", "koi", "pls"), not concepts. */
    private static final int NOISE_LENGTH = 3;

    private final Analyzer analyzer;
    private final Analyzer surface = Analyzers.surface();
    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    private final Map<String, Set<String>> termsById = new HashMap<>();

    LexicalIndex(Language language, List<Passage> passages) {
        this.analyzer = AnalyzerCache.get(language);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer, Map.of(SURFACE, surface)));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Passage passage : passages) {
                writer.addDocument(document(passage));
                termsById.put(passage.id(), new HashSet<>(Analyzers.terms(analyzer, fullText(passage))));
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index failed", e);
        }
        this.searcher = new IndexSearcher(reader);
    }

    private static String fullText(Passage passage) {
        return passage.title() + "\n" + String.join(" ", passage.tags()) + "\n" + String.join("\n", passage.asks())
                + "\n" + passage.body();
    }

    private static Document document(Passage passage) {
        Document document = new Document();
        document.add(new StringField(ID, passage.id(), Field.Store.YES));
        document.add(new TextField(TEXT, fullText(passage), Field.Store.NO));
        document.add(new TextField(SURFACE, fullText(passage), Field.Store.NO));
        document.add(new TextField(TITLE, passage.title() + "\n" + String.join(" ", passage.tags()) + "\n"
                + String.join("\n", passage.asks()), Field.Store.NO));
        return document;
    }

    /** The question's words as this index understands them: known, corrected, or unknown. */
    QueryTerms understand(String question) {
        List<QueryTerms.Word> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String typed : new LinkedHashSet<>(Analyzers.terms(surface, question))) {
            List<String> stems = Analyzers.terms(analyzer, typed);
            if (stems.isEmpty() || !seen.add(stems.get(0))) {
                continue; // a stop word, or a word already counted
            }
            String term = stems.get(0);
            int docFreq = docFreq(term);
            if (docFreq > 0) {
                words.add(new QueryTerms.Word(term, term, false, idf(docFreq)));
                continue;
            }
            String corrected = correction(typed);
            if (corrected != null) {
                words.add(new QueryTerms.Word(term, corrected, true, idf(docFreq(corrected))));
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
                hits.add(new LexicalHit(id, doc.score, terms.coverage(termsById.getOrDefault(id, Set.of()))));
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

    private int docFreq(String term) {
        try {
            return reader.docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double idf(int docFreq) {
        int docs = reader.numDocs();
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
                        .thenComparing(c -> -surfaceFreq(c)))
                .map(c -> Analyzers.terms(analyzer, c))
                .filter(stems -> !stems.isEmpty() && docFreq(stems.get(0)) > 0)
                .map(stems -> stems.get(0))
                .findFirst()
                .orElse(null);
    }

    private int surfaceFreq(String word) {
        try {
            return reader.docFreq(new Term(SURFACE, word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record LexicalHit(String id, double score, double coverage) {
    }
}
