package org.memwall.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Measured energy per output token against the shipped presets. */
class EnergyMeasurementsTest {
    private final PresetCatalog catalog = PresetLoader.load(Optional.empty());
    private final Simulator simulator = new Simulator(catalog.nodes());

    @Test
    void table() {
        List<Measurement> runs = MeasurementsCsv.loadBuiltInEnergy();
        ValidationReport report = Validation.run(simulator,
                new Validation.Lookup(catalog::hardware, catalog::model, catalog::stack), runs);
        System.out.println(PublishedMeasurementsTest.table(report));
        for (ValidationRow row : report.rows()) {
            assertTrue(row.ran(), row.measurement().id() + ": " + row.problem());
        }
        System.out.printf(Locale.ROOT, "median %.1f%%%n", report.medianError().orElseThrow() * 100);
    }
}
