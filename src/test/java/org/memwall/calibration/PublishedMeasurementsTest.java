package org.memwall.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.sim.ValidationRow;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;

/**
 * The shipped presets against every scored published run: the table is printed, every run must
 * run, and the in-sample errors stay within the targets. (The cross-validated figure, the one the
 * program states, is checked where the fit is rerun: {@link CalibrationTest}.)
 */
class PublishedMeasurementsTest {
    private final PresetCatalog catalog = PresetLoader.load(Optional.empty());
    private final Simulator simulator = new Simulator(catalog.nodes());

    @Test
    void everyScoredRunRunsAndTheShippedFiguresReproduceThem() {
        List<Measurement> runs = MeasurementsCsv.loadBuiltIn();
        assertFalse(runs.isEmpty());
        ValidationReport report = Validation.run(simulator,
                new Validation.Lookup(catalog::hardware, catalog::model, catalog::stack), runs);
        System.out.println(table(report));
        for (ValidationRow row : report.rows()) {
            assertTrue(row.ran(), row.measurement().id() + ": " + row.problem());
        }
        double median = report.medianError().orElseThrow();
        assertTrue(median <= 0.10, String.format(Locale.ROOT, "in-sample median error %.1f%% (target 10%%)", median * 100));
        // The target is 90%; the runs outside 25% today are Groq's per-user rate of a shared
        // service (its stream count is not published), QServe's four max-throughput runs (30-90% slower
        // than any roofline of that GPU allows), two TensorRT-LLM Mixtral rows on A100 faster than its
        // memory can stream the experts, and the longest H200 run. This is a ceiling that only comes down.
        double within = report.shareWithin(0.25);
        assertTrue(within >= 0.86, String.format(Locale.ROOT, "%.0f%% of runs within 25%%", within * 100));
    }

    @Test
    void theProjectsCopyHoldsTheSameRowsAsTheSharedReference() {
        String dir = System.getProperty("memwall.reference.dir");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "measurements.csv")), "shared reference not present");
        List<Measurement> shared = MeasurementsCsv.load(Path.of(dir, "measurements.csv"));
        assertEquals(shared, MeasurementsCsv.loadBuiltIn());
    }

    @Test
    void theUnscoredRunsShipAndAreTheSharedReferencesToo() {
        List<Measurement> unscored = MeasurementsCsv.loadBuiltInUnscored();
        assertEquals(67, unscored.size());
        String dir = System.getProperty("memwall.reference.dir");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "measurements-unscored.csv")), "shared reference not present");
        assertEquals(MeasurementsCsv.loadUnscored(Path.of(dir, "measurements-unscored.csv")), unscored);
    }

    static String table(ValidationReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s %-14s %-13s %-5s %-18s %-34s %12s %12s %8s%n",
                "id", "hardware", "model", "chips", "stack", "metric", "published", "predicted", "error"));
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            out.append(String.format(Locale.ROOT, "%-8s %-14s %-13s %-5d %-18s %-34s %12.4g %12.4g %7.1f%%%n", m.id(),
                    m.hardwareId(), m.modelId(), m.chips(), row.stack(), m.metric().id(), m.value(),
                    row.predicted().orElse(Double.NaN), row.relativeError().orElse(Double.NaN) * 100));
        }
        out.append(String.format(Locale.ROOT, "median absolute error: %.1f%%, %.0f%% within 25%%",
                report.medianError().orElse(Double.NaN) * 100, report.shareWithin(0.25) * 100));
        return out.toString();
    }
}
