package org.attune.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.assessment.PostInfo;
import org.attune.core.assessment.Provenance;
import org.attune.core.assessment.SentenceInfo;
import org.attune.core.assessment.Status;
import org.attune.core.context.Context;
import org.attune.core.emotion.Emotions;
import org.attune.core.language.Language;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.Safety;
import org.attune.core.safety.SafetyResult;
import org.attune.core.support.ReplySupport;
import org.attune.core.support.Support;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.core.traps.Traps;
import org.attune.core.traps.TrapsResult;

/**
 * Runs a {@link Pipeline} over threads and turns each {@link Analysis} into an {@link Assessment}. Thread-safe: one
 * engine serves a whole process.
 */
public final class Engine {
    public static final String VERSION = readVersion();

    private final Pipeline pipeline;
    private final Provenance provenance;

    public Engine(Pipeline pipeline) {
        this.pipeline = pipeline;
        List<String> ids = new ArrayList<>();
        Map<String, String> models = new TreeMap<>();
        for (Analyzer a : pipeline.analyzers()) {
            ids.add(a.id());
            models.putAll(a.modelFiles());
        }
        this.provenance = new Provenance("attune", VERSION, ids, models);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Provenance provenance() {
        return provenance;
    }

    public Assessment assess(PostThread thread) {
        return assess(List.of(thread)).get(0);
    }

    /** Assesses a batch together: batching analyzers (the encoder) see every sentence of the batch at once. */
    public List<Assessment> assess(List<PostThread> threads) {
        List<Analysis> analyses = pipeline.run(threads);
        List<Assessment> out = new ArrayList<>(analyses.size());
        for (Analysis a : analyses) {
            out.add(toAssessment(a));
        }
        return out;
    }

    private Assessment toAssessment(Analysis a) {
        PostThread thread = a.thread();
        List<Sentence> sentences = a.get(SentenceAnalyzer.SENTENCES);
        Language language = a.get(ScriptAndStopwordLanguageIdentifier.LANGUAGE);
        Status status = sentences.isEmpty() ? Status.EMPTY
                : language.supported() ? Status.OK : Status.UNSUPPORTED_LANGUAGE;

        List<PostInfo> posts = new ArrayList<>();
        for (Post p : thread.posts()) {
            posts.add(new PostInfo(p.id(), p.author(), thread.parentId(p.id()), thread.depth(p.id()), p.kind(),
                    p.title() == null ? null : p.title().length(), p.text().length()));
        }

        List<SentenceInfo> sentenceInfos = new ArrayList<>(sentences.size());
        Map<String, List<Integer>> sentencesByAuthor = new LinkedHashMap<>();
        Map<String, Integer> wordsByAuthor = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            Post p = thread.post(s.postId());
            String original = s.field() == Sentence.Field.TITLE ? p.title() : p.text();
            sentenceInfos.add(new SentenceInfo(s.index(), s.postId(), s.field().wireName(), s.span().begin(),
                    s.span().end(), s.span().of(original)));
            sentencesByAuthor.computeIfAbsent(p.author(), k -> new ArrayList<>()).add(s.index());
            wordsByAuthor.merge(p.author(), countWords(s.normalized()), Integer::sum);
        }

        // risk claims only where the analyses apply
        SafetyResult safety = status == Status.OK && a.layers().has(Safety.RISK) ? a.get(Safety.RISK) : null;
        Emotions.EmotionResult emotions = status == Status.OK && a.layers().has(Emotions.EMOTIONS)
                ? a.get(Emotions.EMOTIONS) : null;
        Context.ContextResult context = status == Status.OK && a.layers().has(Context.CONTEXT)
                ? a.get(Context.CONTEXT) : null;
        TrapsResult traps = status == Status.OK && a.layers().has(Traps.TRAPS) ? a.get(Traps.TRAPS) : null;
        List<AuthorSection> authors = new ArrayList<>();
        for (String author : thread.authors()) {
            AuthorRisk risk = safety == null ? null : safety.byAuthor().get(author);
            List<String> postIds = thread.posts().stream().filter(p -> p.author().equals(author)).map(Post::id)
                    .toList();
            authors.add(new AuthorSection(author, author.equals(thread.writer()) ? "writer" : "commenter", postIds,
                    sentencesByAuthor.getOrDefault(author, List.of()), wordsByAuthor.getOrDefault(author, 0), risk,
                    emotions == null ? null : emotions.byAuthor().get(author),
                    context == null ? null : context.byAuthor().get(author),
                    traps == null ? null : traps.of(author)));
        }
        List<ReplySupport> support = status == Status.OK && a.layers().has(Support.REPLIES)
                ? a.get(Support.REPLIES) : null;
        return new Assessment(thread.id(), Assessment.SCHEMA_VERSION, status, language, provenance, posts,
                sentenceInfos, authors, safety == null ? null : safety.harmfulReplies(), support);
    }

    private static int countWords(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !inWord) {
                words++;
            }
            inWord = !ws;
        }
        return words;
    }

    private static String readVersion() {
        try (InputStream in = Engine.class.getResourceAsStream("/org/attune/core/engine.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
