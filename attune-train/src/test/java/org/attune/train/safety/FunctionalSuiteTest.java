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
 * are not the goal. The first suite (376 cases, 43 categories) has informed the rules it scores; the blind suites (160
 * cases each, written from docs/triage.md alone, {@link FunctionalSuite#BLIND} and {@link FunctionalSuite#BLIND_2})
 * are held at their first readings, so that a change that fits the first suite shows there as no gain, and one that
 * breaks something general shows as a drop. The floors leave room for platform float differences.
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
                // measured 0.569 (214 of 376) with safety-cssrs@2, 17 dangerous misses, 12 false alarms
                new Floor(FunctionalSuite.RESOURCE, 250, 25, 0.54, 21, 15),
                // first reading 2026-11-23: 82 of 160 (0.513), 21 dangerous misses, 11 false alarms
                new Floor(FunctionalSuite.BLIND, 160, 20, 0.49, 24, 14),
                // measured 2026-11-23, once: 90 of 160 (0.563), 17 dangerous misses, 10 false alarms
                new Floor(FunctionalSuite.BLIND_2, 160, 20, 0.54, 20, 13));
    }

    private static OnnxEncoder encoder;
    private static final Map<String, FunctionalSuite.Report> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void run() {
        encoder = OnnxEncoder.bgeSmall(2);
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
