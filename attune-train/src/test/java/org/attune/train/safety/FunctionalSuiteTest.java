package org.attune.train.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/**
 * Runs the safety functional suite (376 synthetic cases in 43 categories, docs/triage.md) with the shipped model,
 * prints the per-category report, and fails the build when accuracy drops below what the committed model measured
 * (see docs/model-card-safety.md): these floors hold the line, they are not the goal.
 */
class FunctionalSuiteTest {
    /** Measured 0.569 (214 of 376) with safety-cssrs@2; the floor leaves room for platform float differences. */
    static final double MIN_ACCURACY = 0.54;
    /** Measured 18: cases that expect high or imminent and got none or low. */
    static final int MAX_DANGEROUS_MISSES = 21;
    /** Measured 12: cases that expect none or low and got high or imminent. */
    static final int MAX_FALSE_ALARMS = 15;

    private static OnnxEncoder encoder;
    private static FunctionalSuite.Report report;

    @BeforeAll
    static void run() {
        encoder = OnnxEncoder.bgeSmall(2);
        report = FunctionalSuite.run(StandardPipeline.engine(encoder));
        print("safety functional suite", report);
    }

    /** The per-category report on standard output, where the build log keeps it. */
    static void print(String title, FunctionalSuite.Report report) {
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

    @Test
    void suite_hasAtLeast250CasesIn25CategoriesWithUniqueIds() {
        Set<String> ids = new HashSet<>();
        report.outcomes().forEach(o -> assertTrue(ids.add(o.id()), "duplicate id " + o.id()));
        assertTrue(report.outcomes().size() >= 250);
        assertTrue(report.categories().size() >= 25);
    }

    @Test
    void accuracy_staysAtOrAboveTheFloor() {
        assertTrue(report.accuracy() >= MIN_ACCURACY, "accuracy " + report.accuracy() + " < " + MIN_ACCURACY);
    }

    @Test
    void dangerousMisses_doNotGrow() {
        assertTrue(report.dangerousMisses().size() <= MAX_DANGEROUS_MISSES,
                report.dangerousMisses().size() + " dangerous misses");
    }

    @Test
    void falseAlarms_doNotGrow() {
        assertTrue(report.falseAlarms().size() <= MAX_FALSE_ALARMS, report.falseAlarms().size() + " false alarms");
    }
}
