package org.memwall.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.sim.ValidationRow;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;

/**
 * Measured accelerator energy per output token (ML.ENERGY, NVML) against the shipped presets: the
 * table is printed, every run must run, and the errors stay within what the model reaches today.
 *
 * <p>The targets are a median |error| of 15% and every run within 30%. Today the median is
 * about 19% in-sample and half the runs are within 30%: the runs at batch 64 and more are predicted
 * 15-55% low. They are serving runs whose prompts the source does not publish ("128 assumed" in
 * energy.csv), and their own published inter-token latency (26 ms at batch 255 for Llama 3 8B on an
 * H100) is twice what 128-token prompts allow on that GPU; with 1024-token contexts the same
 * presets give it (26.7 ms) and land the Llama 3 8B runs within 20%. Bending a power figure to
 * those rows would make every low-batch prediction wrong, so the ceilings below only come down.
 */
class EnergyMeasurementsTest {
    private final PresetCatalog catalog = PresetLoader.load(Optional.empty());
    private final Simulator simulator = new Simulator(catalog.nodes());

    @Test
    void everyEnergyRunRunsAndTheShippedFiguresStayWithinTodaysCeilings() {
        List<Measurement> runs = MeasurementsCsv.loadBuiltInEnergy();
        assertEquals(11, runs.size());
        assertTrue(runs.stream().allMatch(m -> m.metric() == Metric.GPU_JOULES_PER_OUTPUT_TOKEN));
        ValidationReport report = Validation.run(simulator,
                new Validation.Lookup(catalog::hardware, catalog::model, catalog::stack), runs);
        System.out.println(PublishedMeasurementsTest.table(report));
        for (ValidationRow row : report.rows()) {
            assertTrue(row.ran(), row.measurement().id() + ": " + row.problem());
        }
        double median = report.medianError().orElseThrow();
        double within = report.shareWithin(0.30);
        double worst = report.rows().stream().mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).max().orElseThrow();
        System.out.printf(Locale.ROOT, "energy: median %.1f%% (target 15%%), %.0f%% within 30%% (target 100%%), worst %.0f%%%n",
                median * 100, within * 100, worst * 100);
        assertTrue(median <= 0.20, String.format(Locale.ROOT, "in-sample median %.1f%%", median * 100));
        assertTrue(within >= 0.54, String.format(Locale.ROOT, "%.0f%% within 30%%", within * 100));
        assertTrue(worst <= 0.55, String.format(Locale.ROOT, "worst run %.0f%% off", worst * 100));
        // the runs at batch 1 and 8, whose timing the model gets right, are within the 30%
        for (ValidationRow row : report.rows()) {
            if (row.measurement().batch() <= 8) {
                assertTrue(row.absoluteRelativeError().getAsDouble() <= 0.30,
                        row.measurement().id() + " " + Math.round(row.relativeError().getAsDouble() * 100) + "%");
            }
        }
    }

    @Test
    void theProjectsCopyHoldsTheSameRowsAsTheSharedReference() {
        String dir = System.getProperty("memwall.reference.dir");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "energy.csv")), "shared reference not present");
        assertEquals(MeasurementsCsv.load(Path.of(dir, "energy.csv")), MeasurementsCsv.loadBuiltInEnergy());
    }
}
