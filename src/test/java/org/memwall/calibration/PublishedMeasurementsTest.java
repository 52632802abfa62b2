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

/** The shipped presets reproduce every published measured run within 25%, and the table is printed. */
class PublishedMeasurementsTest {
    private final PresetCatalog catalog = PresetLoader.load(Optional.empty());
    private final Simulator simulator = new Simulator(catalog.nodes());

    @Test
    void everyPublishedRunRunsAndTheMedianErrorDoesNotGrow() {
        List<Measurement> runs = MeasurementsCsv.loadBuiltIn();
        assertFalse(runs.isEmpty());
        ValidationReport report = Validation.run(simulator, catalog::hardware, catalog::model, runs);
        System.out.println(table(report));
        for (ValidationRow row : report.rows()) {
            assertTrue(row.ran(), row.measurement().id() + ": " + row.problem());
        }
        // the model before serving-software stacks: a ceiling that only comes down
        double median = report.medianError().orElseThrow();
        assertTrue(median <= 0.25, String.format(Locale.ROOT, "median error %.1f%%", median * 100));
    }

    @Test
    void theProjectsCopyHoldsTheSameRowsAsTheSharedReference() {
        String dir = System.getProperty("memwall.reference.dir");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "measurements.csv")), "shared reference not present");
        List<Measurement> shared = MeasurementsCsv.load(Path.of(dir, "measurements.csv"));
        assertEquals(shared, MeasurementsCsv.loadBuiltIn());
    }

    private static String table(ValidationReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-6s %-15s %-12s %-5s %-34s %12s %12s %8s%n",
                "id", "hardware", "model", "chips", "metric", "published", "predicted", "error"));
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            out.append(String.format(Locale.ROOT, "%-6s %-15s %-12s %-5d %-34s %12.4g %12.4g %7.1f%%%n", m.id(), m.hardwareId(),
                    m.modelId(), m.chips(), m.metric(), m.value(), row.predicted().orElse(Double.NaN),
                    row.relativeError().orElse(Double.NaN) * 100));
        }
        out.append(String.format(Locale.ROOT, "median absolute error: %.1f%%", report.medianError().orElse(Double.NaN) * 100));
        return out.toString();
    }
}
