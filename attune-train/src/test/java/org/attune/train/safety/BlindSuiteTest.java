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
 * The blind functional suite (160 cases written from docs/triage.md alone; see {@link FunctionalSuite#BLIND}). Its
 * first measurement, taken before anyone read its failures, is the floor: a change that helps the first suite by
 * fitting it shows here as no gain, and one that breaks something general shows as a drop.
 */
class BlindSuiteTest {
    /** Measured 0.513 (82 of 160) on 2026-11-23, the first and only reading before any change. */
    static final double MIN_ACCURACY = 0.49;
    /** Measured 21. */
    static final int MAX_DANGEROUS_MISSES = 24;
    /** Measured 11. */
    static final int MAX_FALSE_ALARMS = 14;

    private static OnnxEncoder encoder;
    private static FunctionalSuite.Report report;

    @BeforeAll
    static void run() {
        encoder = OnnxEncoder.bgeSmall(2);
        report = FunctionalSuite.run(StandardPipeline.engine(encoder), FunctionalSuite.BLIND);
        FunctionalSuiteTest.print("safety blind suite", report);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void blindSuite_has160CasesWithUniqueIdsIn20Categories() {
        Set<String> ids = new HashSet<>();
        report.outcomes().forEach(o -> assertTrue(ids.add(o.id()), "duplicate id " + o.id()));
        assertTrue(report.outcomes().size() >= 160);
        assertTrue(report.categories().size() >= 20);
    }

    @Test
    void accuracy_staysAtOrAboveItsFirstReading() {
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
