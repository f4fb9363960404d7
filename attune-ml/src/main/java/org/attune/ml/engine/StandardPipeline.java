package org.attune.ml.engine;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.Encoder;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.FrameAnalyzer;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.context.ContextAnalyzer;
import org.attune.ml.context.ContextModel;
import org.attune.ml.emotion.EmotionAnalyzer;
import org.attune.ml.emotion.EmotionModel;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.safety.SafetyAnalyzer;
import org.attune.ml.safety.SafetyModel;
import org.attune.ml.safety.TunedTriageModel;
import org.attune.ml.support.SupportAnalyzer;
import org.attune.ml.support.SupportModel;
import org.attune.ml.traps.TrapAnalyzer;
import org.attune.ml.traps.TrapModel;

/**
 * The pipeline Attune runs by default: sentences, language, sentence frames, embeddings, safety, then the heads
 * (emotions, context, thinking traps, reply quality). Heads whose training data is licensed for non-commercial use only (their manifests
 * say {@code "commercialUse": false}) are left out when the system property {@value #COMMERCIAL_ONLY} or the
 * environment variable {@value #COMMERCIAL_ONLY_ENV} is {@code true}. The safety analysis is never left out.
 */
public final class StandardPipeline {
    /** System property: {@code true} leaves out every head trained on non-commercial data. */
    public static final String COMMERCIAL_ONLY = "attune.commercialOnly";
    /** Environment variable with the same meaning; the system property wins. */
    public static final String COMMERCIAL_ONLY_ENV = "ATTUNE_COMMERCIAL_ONLY";
    /**
     * System property: {@code tuned} (the default) reads emotions with the fine-tuned branch of the encoder, which
     * costs the encoder's pass a third more; {@code frozen} reads them with the head over the frozen encoder's vectors.
     */
    public static final String EMOTIONS = "attune.emotions";
    /** Environment variable with the same meaning; the system property wins. */
    public static final String EMOTIONS_ENV = "ATTUNE_EMOTIONS";

    /**
     * System property: {@code tuned} (the default) runs the fine-tuned triage branch on the encoder's pass, a second
     * reader of risk beside the rules and heads; {@code off} runs without it, and the pipeline then reads a fifth to
     * two fifths more documents per second (README, Speed).
     */
    public static final String TRIAGE = "attune.triage";
    /** Environment variable with the same meaning; the system property wins. */
    public static final String TRIAGE_ENV = "ATTUNE_TRIAGE";

    private StandardPipeline() {
    }

    /**
     * The encoder the standard engine runs: bge-small-en-v1.5 (int8) on every core, with the fine-tuned emotion branch
     * unless {@value #EMOTIONS} is {@code frozen}.
     */
    public static OnnxEncoder encoder() {
        TunedTriageModel triage = triage();
        return OnnxEncoder.bgeSmall(Runtime.getRuntime().availableProcessors(),
                emotionsFineTuned() ? TunedEmotions.MODEL.branch() : null,
                triage == null ? List.of() : List.of(triage.branch()));
    }

    /**
     * The encoder the safety analysis needs, on {@code threads} cores: bge-small-en-v1.5 (int8) with the fine-tuned
     * triage branch unless {@value #TRIAGE} is {@code off}, and without the emotion branch, which only the heads after
     * safety read (for measuring the safety analysis as the engine runs it).
     */
    public static OnnxEncoder safetyEncoder(int threads) {
        return safetyEncoder(threads, triage());
    }

    /** bge-small-en-v1.5 (int8) on {@code threads} cores with the branch of {@code triage} (none when null). */
    public static OnnxEncoder safetyEncoder(int threads, TunedTriageModel triage) {
        return OnnxEncoder.bgeSmall(threads, null, triage == null ? List.of() : List.of(triage.branch()));
    }

    /** The shipped triage reader, or null when {@value #TRIAGE} is {@code off}. */
    public static TunedTriageModel triage() {
        return triageFineTuned() ? TunedTriage.MODEL : null;
    }

    /** Every standard analyzer, every head included. */
    public static Pipeline pipeline(Encoder encoder, SafetyModel safety) {
        return pipeline(encoder, safety, heads(encoder, false));
    }

    /** Every standard analyzer, or only the commercially usable heads. */
    public static Pipeline pipeline(Encoder encoder, boolean commercialOnly) {
        return pipeline(encoder, SafetyModel.load(), heads(encoder, commercialOnly));
    }

    /** The standard analyzers up to safety, then the given heads in order. */
    public static Pipeline pipeline(Encoder encoder, SafetyModel safety, List<Analyzer> heads) {
        return pipeline(encoder, safety, triageFor(encoder), heads);
    }

    /**
     * The standard analyzers up to safety, with {@code triage} (null: none) as the safety analysis's second reader
     * (the encoder runs its branch), then the given heads in order.
     *
     * @throws AttuneException if the encoder does not run {@code triage}'s branch, which would leave it silent
     */
    public static Pipeline pipeline(Encoder encoder, SafetyModel safety, TunedTriageModel triage,
            List<Analyzer> heads) {
        if (triage != null && !runsBranchOf(encoder, triage)) {
            throw new AttuneException(ErrorCode.MODEL, "the encoder does not run the branch of the triage reader "
                    + triage.id());
        }
        List<Analyzer> analyzers = new ArrayList<>(List.of(
                new SentenceAnalyzer(),
                new ScriptAndStopwordLanguageIdentifier(),
                new FrameAnalyzer(),
                new EmbeddingAnalyzer(encoder),
                new SafetyAnalyzer(safety, triage)));
        analyzers.addAll(heads);
        return Pipeline.of(analyzers);
    }

    /**
     * The committed heads after safety over an encoder without a branch; with {@code commercialOnly}, only those whose
     * data allows commercial use.
     */
    public static List<Analyzer> heads(boolean commercialOnly) {
        return heads(null, commercialOnly);
    }

    /**
     * The committed heads after safety; emotions are read by the fine-tuned branch's head when {@code encoder} runs
     * that branch, else by the head over the frozen vectors (an assessment's model list says which).
     */
    public static List<Analyzer> heads(Encoder encoder, boolean commercialOnly) {
        List<Analyzer> heads = new ArrayList<>();
        boolean branch = encoder instanceof OnnxEncoder onnx && onnx.branchName() != null
                && onnx.branchName().equals(TunedEmotions.MODEL.branch().name());
        heads.add(new EmotionAnalyzer(branch ? TunedEmotions.MODEL : EmotionModel.load())); // GoEmotions: Apache-2.0
        // context, traps and reply empathy read the emotion branch's states too when the encoder runs that branch
        if (!commercialOnly || ContextModel.commercialUse()) { // dreaddit, CAMS: research use only
            heads.add(new ContextAnalyzer(ContextModel.load(bundleFor(encoder, ContextModel.BUNDLE,
                    ContextModel.TUNED))));
        }
        if (!commercialOnly) { // cognitive-reframing: CC BY-NC-ND 4.0; EPITOME, ESConv: non-commercial
            heads.add(new TrapAnalyzer(TrapModel.load(bundleFor(encoder, TrapModel.BUNDLE, TrapModel.TUNED))));
            heads.add(new SupportAnalyzer(SupportModel.load(bundleFor(encoder, SupportModel.EMPATHY,
                    SupportModel.EMPATHY_TUNED)), SupportModel.load(SupportModel.STRATEGY)));
        }
        return heads;
    }

    /**
     * Which of a head's two bundles to load: {@code tuned}, whose heads also read the states of the encoder's
     * fine-tuned branch, when {@code encoder} runs the branch its manifest names; else {@code frozen}, over the frozen
     * encoder's vectors alone.
     *
     * @throws AttuneException if the encoder runs a branch of that name from another file: heads trained on one
     *     branch's states would read another's silently wrong (retrain them with {@code bin/attune train})
     */
    static String bundleFor(Encoder encoder, String frozen, String tuned) {
        String branch = encoder instanceof OnnxEncoder onnx ? onnx.branchName() : null;
        JsonNode wanted = ModelBundle.open(tuned).manifest().path(ModelBundle.BRANCH);
        if (branch == null || !branch.equals(wanted.path("name").asText())) {
            return frozen;
        }
        if (!wanted.path("sha256").asText().equals(encoder.files().get(branch))) {
            throw new AttuneException(ErrorCode.MODEL, "the model bundle " + tuned + " was trained on another "
                    + "version of the encoder's branch '" + branch + "'; retrain it with bin/attune train");
        }
        return tuned;
    }

    /** The standard engine over the given encoder, with the committed models and the configured heads. */
    public static Engine engine(Encoder encoder) {
        return new Engine(pipeline(encoder, SafetyModel.load(), heads(encoder, commercialOnly())));
    }

    /**
     * The fine-tuned triage reader when {@code encoder} runs its branch, else null.
     *
     * @throws AttuneException if the encoder runs a branch of that name from another file
     */
    public static TunedTriageModel triageFor(Encoder encoder) {
        TunedTriageModel shipped = TunedTriage.MODEL;
        String name = shipped.branch().name();
        if (!(encoder instanceof OnnxEncoder onnx) || !onnx.dedicatedBranches().contains(name)) {
            return null;
        }
        if (!runsBranchOf(encoder, shipped)) {
            throw new AttuneException(ErrorCode.MODEL, "the encoder runs another version of the triage branch '"
                    + name + "'");
        }
        return shipped;
    }

    /** Whether {@code encoder} runs {@code triage}'s branch from the same file, as a dedicated branch. */
    private static boolean runsBranchOf(Encoder encoder, TunedTriageModel triage) {
        String name = triage.branch().name();
        return encoder instanceof OnnxEncoder onnx && onnx.dedicatedBranches().contains(name)
                && ModelBundle.sha256(triage.branch().model()).equals(encoder.files().get(name));
    }

    /** The fine-tuned triage model, read once (its branch is 7 MB) when first needed. */
    private static final class TunedTriage {
        static final TunedTriageModel MODEL = TunedTriageModel.load();
    }

    static boolean triageFineTuned() {
        return standardSetting(TRIAGE, TRIAGE_ENV, "tuned", "off");
    }

    /** The fine-tuned emotion model, read once (its branch is 7 MB) when first needed. */
    private static final class TunedEmotions {
        static final TunedEmotionModel MODEL = TunedEmotionModel.load();
    }

    static boolean emotionsFineTuned() {
        return standardSetting(EMOTIONS, EMOTIONS_ENV, "tuned", "frozen");
    }

    /**
     * Whether a two-valued setting (the system property {@code property}, else the environment variable {@code env})
     * is {@code standard}, which it is when unset.
     *
     * @throws AttuneException if it is set to anything but {@code standard} or {@code other}
     */
    private static boolean standardSetting(String property, String env, String standard, String other) {
        String v = System.getProperty(property, System.getenv(env));
        if (v == null || v.isBlank()) {
            return true;
        }
        if (!v.equalsIgnoreCase(standard) && !v.equalsIgnoreCase(other)) {
            throw new AttuneException(ErrorCode.USAGE, property + " (or " + env + ") must be " + standard + " or "
                    + other);
        }
        return v.equalsIgnoreCase(standard);
    }

    static boolean commercialOnly() {
        String v = System.getProperty(COMMERCIAL_ONLY, System.getenv(COMMERCIAL_ONLY_ENV));
        if (v == null || v.isBlank()) {
            return false;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new AttuneException(ErrorCode.USAGE, COMMERCIAL_ONLY + " (or " + COMMERCIAL_ONLY_ENV
                    + ") must be true or false");
        }
        return Boolean.parseBoolean(v);
    }
}
