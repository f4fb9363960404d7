package org.attune.train.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.attune.core.engine.Engine;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/**
 * Runs the safety functional suites with the shipped model, prints each per-category report, and fails the build when
 * a suite drops below what the committed model measured (docs/model-card-safety.md): these floors hold the line, they
 * are not the goal. The first suite (388 cases, 44 categories) has informed the rules it scores; the blind suites (160
 * cases each, written from docs/triage.md alone) were each read once before anything changed because of them. Those
 * acted on since (FunctionalSuite#BLIND_ACTED_ON) are regression floors; on the others a change fitted elsewhere shows
 * as little gain, and one that breaks something general shows as a drop. The floors leave room for platform float
 * differences.
 */
class FunctionalSuiteTest {
    /** A suite, its minimum size, and the floors of its first reading. */
    record Floor(String resource, int minCases, int minCategories, double minAccuracy, int maxDangerousMisses,
            int maxFalseAlarms) {
        @Override
        public String toString() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }
    }

    static List<Floor> floors() {
        return List.of(
                // The main suite and blinds 1 to 18 also train the triage exemplar head (TriageExemplars), so they are
                // regression floors read in-sample, not estimates; the failures of blinds 19 to 29 have been read, so
                // blinds 30 and 31 are the estimate. Readings are
                // pass, dangerous misses, false alarms, with the bundle the eighth session shipped (unchanged from
                // the seventh unless noted).
                // main: 302 of 376 (0.803), 2, 2; with each post its own passage and twelve screening-answer cases
                // (2026-12-06): 316 of 388 (0.814), 1, 2. Since the twenty-second session the fine-tuned triage reader
                // (safety-triage-tuned, trained on the main suite and blinds 1 to 33) runs too: the same,
                // then 319 of 388. Nineteen cases written in the twenty-fourth session (reversals of a denial,
                // absences, a stockpile's words, question tags, a fall's height, a diary card), after the exemplar
                // and the reader trained: 337 of 407 (0.828), 1, 2; the one that fails, a reversal of the nearer
                // complaint, is a known limit (docs/triage.md). Thirty-five written in the twenty-fifth (everyday
                // doses and life, suicide put off): 372 of 442 (0.842), 1, 2.
                new Floor(FunctionalSuite.RESOURCE, 250, 25, 0.78, 6, 5),
                // first reading 82 of 160, 21, 11; now 132 (0.825), 0, 0
                new Floor(FunctionalSuite.BLIND, 160, 20, 0.80, 3, 3),
                // first reading 90, 17, 10; now 146 (0.913), 1, 1
                new Floor(FunctionalSuite.BLIND_2, 160, 20, 0.88, 4, 4),
                // first reading 100, 22, 8; now 145 (0.906), 4, 0
                // nineteenth session 150 (0.938), 1, 0
                new Floor(FunctionalSuite.BLIND_3, 160, 20, 0.91, 3, 2),
                // first reading 84, 19, 5; now 141 (0.881), 0, 0
                new Floor(FunctionalSuite.BLIND_4, 160, 20, 0.86, 3, 3),
                // first reading 97, 15, 6; now 138 (0.863), 0, 1
                new Floor(FunctionalSuite.BLIND_5, 160, 20, 0.83, 3, 5),
                // first reading 96, 20, 7; after blinds 4 and 5 were acted on: 103, 14, 7; now 153 (0.956), 0, 0
                new Floor(FunctionalSuite.BLIND_6, 160, 20, 0.93, 3, 3),
                // first reading 92, 24, 5; after blind 6 was acted on: 101, 22, 4; now 151 (0.944), 1, 0
                new Floor(FunctionalSuite.BLIND_7, 160, 20, 0.92, 4, 3),
                // first reading 82, 27, 6; after blind 7 was acted on: 86, 26, 6; now 141 (0.881), 1, 0
                new Floor(FunctionalSuite.BLIND_8, 160, 20, 0.85, 5, 3),
                // first reading 106 (0.663), 17, 6; after blind 8 was acted on: 108, 17, 6; now 140 (0.875), 2, 2
                new Floor(FunctionalSuite.BLIND_9, 160, 20, 0.83, 6, 5),
                // first reading 98 (0.613), 13, 4; after blind 8 was acted on: 101, 12, 5; now 134 (0.838), 0, 1
                new Floor(FunctionalSuite.BLIND_10, 160, 20, 0.80, 3, 4),
                // first reading (seventh session, before any change) 106 (0.663), 11, 5; now 146 (0.913), 0, 1
                new Floor(FunctionalSuite.BLIND_11, 160, 20, 0.89, 3, 4),
                // first reading 101 (0.631), 11, 8; now 150 (0.938), 0, 0
                new Floor(FunctionalSuite.BLIND_12, 160, 20, 0.91, 3, 3),
                // first reading 116 (0.725), 9, 3; after blinds 11 and 12 were acted on: 119, 8, 2; then 143, 2, 0;
                // eighth session 144 (0.900), 2, 0
                new Floor(FunctionalSuite.BLIND_13, 160, 20, 0.86, 5, 3),
                // first reading 99 (0.619), 15, 12; after blinds 11 and 12 were acted on: 106, 12, 11; now 142 (0.888),
                // 0, 2
                new Floor(FunctionalSuite.BLIND_14, 160, 20, 0.86, 3, 5),
                // never acted on by a rule; first reading, after blinds 11 and 12 were acted on: 114 (0.713), 12, 5;
                // then 116, 11, 8; 115, 10, 10; 115, 10, 10 (eighth session's rules); now in the exemplar head's
                // training: 121 (0.756), 8, 5; ninth session 122 (0.763), 7, 5
                // nineteenth session 129 (0.806), 5, 2
                new Floor(FunctionalSuite.BLIND_15, 160, 20, 0.78, 7, 4),
                // likewise: first reading 108 (0.675), 12, 7; then 110, 12, 8; 111, 9, 8; 111, 9, 8; now 119 (0.744),
                // 5, 6; seventeenth session 121 (0.756), 5, 5
                // nineteenth session 126 (0.788), 1, 5
                new Floor(FunctionalSuite.BLIND_16, 160, 20, 0.76, 3, 7),
                // first reading (the seventh session's code) 116 (0.725), 8, 11; acted on in the eighth: 137 (0.856),
                // 2, 3
                // nineteenth session 140 (0.875), 0, 3
                new Floor(FunctionalSuite.BLIND_17, 160, 20, 0.85, 2, 5),
                // first reading 119 (0.744), 3, 5; acted on: 127 (0.794), 0, 2
                new Floor(FunctionalSuite.BLIND_18, 160, 20, 0.77, 3, 4),
                // never acted on, failures never read; first reading (the seventh session's code) 116 (0.725), 14, 3;
                // with the eighth session's: 118 (0.738), 14, 2; acted on in the seventeenth (failures read in the
                // sixteenth): 127 (0.794), 6, 1
                // nineteenth session 130 (0.813), 4, 1
                new Floor(FunctionalSuite.BLIND_19, 160, 20, 0.79, 6, 3),
                // likewise: 117 (0.731), 6, 5; then 117 (0.731), 6, 5; ninth session unchanged; seventeenth 122
                // (0.763), 2, 3
                new Floor(FunctionalSuite.BLIND_20, 160, 20, 0.74, 4, 5),
                // never acted on, failures never read until the sixteenth session; with the eighth session's code 114
                // (0.713), 7, 8; with the ninth session's 116 (0.725), 8, 8; sixteenth (an overdose told is not
                // explained away by an ailment named beside it; medicine kept back, not fetched, is preparation)
                // 116, 6, 8; seventeenth 121 (0.756), 4, 6
                new Floor(FunctionalSuite.BLIND_21, 160, 20, 0.73, 6, 8),
                // likewise: 110 (0.688), 7, 6; then 109 (0.681), 7, 6; sixteenth session 110 (0.688), 6, 5;
                // seventeenth 113 (0.706), 3, 5
                new Floor(FunctionalSuite.BLIND_22, 160, 20, 0.68, 5, 7),
                // threads only, 80 cases in 8 categories; the session's first code 42 (0.525), 2, 1; its last 48
                // (0.600), 0, 5; failures read and acted on in the nineteenth session: 67 (0.838), 0, 1
                new Floor(FunctionalSuite.BLIND_23, 80, 8, 0.81, 2, 3),
                // the estimate in the sixteenth session: 117 (0.731), 2, 6 with its first code and its last; failures
                // read in the seventeenth: 120 (0.750), 0, 4
                new Floor(FunctionalSuite.BLIND_24, 160, 20, 0.72, 2, 6),
                // likewise: 116 (0.725), 7, 8; then 121 (0.756), 4, 4; eighteenth session 122 (0.763), 4, 3
                // nineteenth session 123 (0.769), 2, 1
                new Floor(FunctionalSuite.BLIND_25, 160, 20, 0.74, 4, 3),
                // the estimate in the seventeenth session: 127 (0.794), 7, 4 with its first code and its last; failures
                // read and acted on in the eighteenth: 132 (0.825), 2, 4
                // nineteenth session 139 (0.869), 0, 4
                new Floor(FunctionalSuite.BLIND_26, 160, 20, 0.84, 2, 6),
                // likewise: 107 (0.669), 7, 7; eighteenth session 110 (0.688), 5, 5
                // nineteenth session 113 (0.706), 3, 5
                new Floor(FunctionalSuite.BLIND_27, 160, 20, 0.68, 5, 7),
                // the estimate in the eighteenth session, read by totals only: with its first code 116 (0.725), 3, 4;
                // with its last the same; failures read and acted on in the nineteenth: 135 (0.844), 1, 2
                new Floor(FunctionalSuite.BLIND_28, 160, 20, 0.82, 3, 4),
                // likewise: first 105 (0.656), 11, 2; last 106 (0.663), 11, 1; nineteenth session 133 (0.831), 2, 0
                new Floor(FunctionalSuite.BLIND_29, 160, 20, 0.81, 4, 2),
                // the estimate in the nineteenth session, read by totals only: with its first code 108 (0.675), 7, 4;
                // with its last 113 (0.706), 6, 3; failures read and acted on in the twentieth: 138 (0.863), 0, 0
                new Floor(FunctionalSuite.BLIND_30, 160, 20, 0.84, 2, 2),
                // threads, 100 cases in 10 categories: first 45 (0.450), 0, 3; last 66 (0.660), 0, 1; twentieth
                // session 78 (0.780), 0, 0
                new Floor(FunctionalSuite.BLIND_31, 100, 10, 0.75, 2, 2),
                // written and read by totals at the start of the twentieth session: 108 (0.675), 10, 6; its failures
                // then read and acted on in the same session: 116 (0.725), 2, 4
                new Floor(FunctionalSuite.BLIND_32, 160, 20, 0.70, 4, 6),
                // threads: first 48 (0.480), 3, 10; acted on: 58 (0.580), 1, 8
                new Floor(FunctionalSuite.BLIND_33, 100, 10, 0.55, 3, 10),
                // the estimate in the twentieth session, read by totals only: with its first code 88 (0.550), 13, 8;
                // with its last 89 (0.556), 12, 8; failures read and acted on in the twenty-first: 120 (0.750), 3, 4;
                // with the triage reader (which did not train on it) 120 (0.750), 2, 5
                new Floor(FunctionalSuite.BLIND_34, 160, 20, 0.73, 4, 6),
                // threads: first 52 (0.520), 2, 6; last 53 (0.530), 2, 7; twenty-first session 72 (0.720), 0, 2;
                // with the triage reader the same; twenty-fourth session (a reversal of a denial read) 73, 0, 2
                new Floor(FunctionalSuite.BLIND_35, 100, 10, 0.70, 1, 3),
                // the estimate from the twenty-first session to the twenty-fifth, read by totals only: with the
                // twenty-first's first code 84 (0.525), 13, 8; with its last the same; with the triage reader 86
                // (0.538), 10, 9; the twenty-fifth's 89, 10, 8. Failures read and acted on in the twenty-sixth: 109
                // (0.681), 3, 4
                new Floor(FunctionalSuite.BLIND_36, 160, 20, 0.61, 6, 6),
                // threads: first 43 (0.430), 8, 4; last 45 (0.450), 7, 4; with the triage reader 44 (0.440), 7, 5;
                // twenty-fifth session 44, 7, 4; acted on in the twenty-sixth: 52 (0.520), 1, 2
                new Floor(FunctionalSuite.BLIND_37, 100, 10, 0.44, 5, 5),
                // the estimate in the twenty-sixth session, read by totals only: with its first code 111 (0.694), 9,
                // 3; with its last the same. Failures read and acted on in the twenty-seventh: 132 (0.825), 3, 0
                new Floor(FunctionalSuite.BLIND_38, 160, 20, 0.80, 5, 2),
                // threads: first 62 (0.620), 1, 5; last 63 (0.630), 1, 4; acted on in the twenty-seventh: 77, 0, 0
                new Floor(FunctionalSuite.BLIND_39, 100, 10, 0.74, 2, 2),
                // written at the start of the twenty-seventh session, read by totals only with its first code: 100
                // (0.625), 14, 3; with the rules from blinds 38 and 39, 102, 14, 3. Failures read and acted on in the
                // same session: 125 (0.781), 0, 1
                new Floor(FunctionalSuite.BLIND_40, 160, 20, 0.76, 2, 3),
                // threads: first 50 (0.500), 5, 11; after blinds 38 and 39, 49, 5, 11; acted on: 65 (0.650), 2, 5
                new Floor(FunctionalSuite.BLIND_41, 100, 10, 0.62, 4, 7),
                // the estimate since the twenty-seventh session, read by totals only: with its first code 109 (0.681),
                // 9, 7; with the rules from blinds 38 and 39 111, 8, 7; with its last code 111 (0.694), 8, 7
                new Floor(FunctionalSuite.BLIND_42, 160, 20, 0.66, 10, 9),
                // threads: first 50 (0.500), 1, 11; after blinds 38 and 39 55, 1, 9; last 55 (0.550), 1, 9
                new Floor(FunctionalSuite.BLIND_43, 100, 10, 0.52, 3, 11));
    }

    private static OnnxEncoder encoder;
    private static final Map<String, FunctionalSuite.Report> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void run() {
        encoder = StandardPipeline.safetyEncoder(2);
        Engine engine = StandardPipeline.engine(encoder);
        for (Floor f : floors()) {
            FunctionalSuite.Report report = FunctionalSuite.run(engine, f.resource());
            REPORTS.put(f.resource(), report);
            print("safety functional suite " + f, report);
        }
    }

    /** The per-category report on standard output, where the build log keeps it. */
    private static void print(String title, FunctionalSuite.Report report) {
        System.out.printf("%s: %d of %d pass (%.3f)%n", title, report.passed(), report.outcomes().size(),
                report.accuracy());
        for (FunctionalSuite.CategoryResult c : report.categories()) {
            System.out.printf("  %-28s %3d/%3d %.2f%n", c.category(), c.passed(), c.cases(), c.accuracy());
        }
        System.out.printf("  dangerous misses %d, false alarms %d%n", report.dangerousMisses().size(),
                report.falseAlarms().size());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @ParameterizedTest
    @MethodSource("floors")
    void suite_hasItsCasesAndCategoriesWithUniqueIds(Floor f) {
        FunctionalSuite.Report report = REPORTS.get(f.resource());
        Set<String> ids = new HashSet<>();
        report.outcomes().forEach(o -> assertTrue(ids.add(o.id()), "duplicate id " + o.id()));
        assertTrue(report.outcomes().size() >= f.minCases());
        assertTrue(report.categories().size() >= f.minCategories());
    }

    @ParameterizedTest
    @MethodSource("floors")
    void accuracy_staysAtOrAboveTheFloor(Floor f) {
        double accuracy = REPORTS.get(f.resource()).accuracy();
        assertTrue(accuracy >= f.minAccuracy(), "accuracy " + accuracy + " < " + f.minAccuracy());
    }

    @ParameterizedTest
    @MethodSource("floors")
    void dangerousMisses_doNotGrow(Floor f) {
        int misses = REPORTS.get(f.resource()).dangerousMisses().size();
        assertTrue(misses <= f.maxDangerousMisses(), misses + " dangerous misses");
    }

    @ParameterizedTest
    @MethodSource("floors")
    void falseAlarms_doNotGrow(Floor f) {
        int alarms = REPORTS.get(f.resource()).falseAlarms().size();
        assertTrue(alarms <= f.maxFalseAlarms(), alarms + " false alarms");
    }
}
