package qc.alubot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
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
import org.apache.lucene.store.ByteBuffersDirectory;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Language;

/**
 * Keeps one language's Lucene index across knowledge versions and updates only the passages
 * that changed, so a reload after one edit costs one document, not ten thousand. Each version
 * gets a point-in-time reader: questions still running on the previous version are unaffected.
 * Not thread-safe: versions are built one at a time.
 */
final class LexicalIndexWriter {

    private final Analyzer analyzer;
    private final Analyzer surface = Analyzers.surface();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final Map<String, String> indexedText = new HashMap<>();
    private final Map<String, Set<String>> termsById = new HashMap<>();

    LexicalIndexWriter(Language language) {
        this.analyzer = AnalyzerCache.get(language);
        try {
            this.writer = new IndexWriter(directory,
                    new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer, Map.of(LexicalIndex.SURFACE, surface))));
        } catch (IOException e) {
            throw new UncheckedIOException("creating the in-memory search index failed", e);
        }
    }

    /** Brings the index to exactly {@code passages} (of this writer's language) and returns a view of it. */
    LexicalIndex update(List<Passage> passages) {
        try {
            Map<String, Passage> wanted = new HashMap<>();
            passages.forEach(passage -> wanted.put(passage.id(), passage));
            for (String gone : Set.copyOf(indexedText.keySet())) {
                if (!wanted.containsKey(gone)) {
                    writer.deleteDocuments(new Term(LexicalIndex.ID, gone));
                    indexedText.remove(gone);
                    termsById.remove(gone);
                }
            }
            for (Passage passage : passages) {
                String text = fullText(passage);
                if (!text.equals(indexedText.get(passage.id()))) {
                    writer.updateDocument(new Term(LexicalIndex.ID, passage.id()), document(passage, text));
                    indexedText.put(passage.id(), text);
                    termsById.put(passage.id(), Set.copyOf(new HashSet<>(Analyzers.terms(analyzer, text))));
                }
            }
            writer.commit();
            return new LexicalIndex(analyzer, surface, DirectoryReader.open(directory), Map.copyOf(termsById));
        } catch (IOException e) {
            throw new UncheckedIOException("updating the in-memory search index failed", e);
        }
    }

    private static String fullText(Passage passage) {
        return passage.title() + "\n" + String.join(" ", passage.tags()) + "\n" + String.join("\n", passage.asks())
                + "\n" + passage.body();
    }

    private static Document document(Passage passage, String fullText) {
        Document document = new Document();
        document.add(new StringField(LexicalIndex.ID, passage.id(), Field.Store.YES));
        document.add(new TextField(LexicalIndex.TEXT, fullText, Field.Store.NO));
        document.add(new TextField(LexicalIndex.SURFACE, fullText, Field.Store.NO));
        document.add(new TextField(LexicalIndex.TITLE, passage.title() + "\n" + String.join(" ", passage.tags()) + "\n"
                + String.join("\n", passage.asks()), Field.Store.NO));
        return document;
    }
}
