package org.memwall.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;
import org.memwall.fitting.Calibrator;
import org.memwall.core.energy.FamilyPower;
import org.memwall.fitting.CrossValidation;
import org.memwall.fitting.PowerCalibration;
import org.memwall.fitting.StackParameter;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;

/**
 * Reruns calibration on the shipped measurements and checks the shipped presets hold its result:
 * the fitted figures, the runs they name, and the cross-validated fidelity table. A preset edited
 * by hand, or a physics change without rerunning {@code calibrate}, fails here.
 */
class CalibrationTest {
    private static PresetCatalog catalog;
    private static CrossValidation.Outcome outcome;
    private static CrossValidation.EnergyOutcome energy;

    @BeforeAll
    static void rerun() {
        catalog = PresetLoader.load(Optional.empty());
        Simulator simulator = new Simulator(catalog.nodes());
        Validation.Lookup lookup = new Validation.Lookup(catalog::hardware, catalog::model, catalog::stack);
        List<Measurement> runs = MeasurementsCsv.loadBuiltIn();
        CrossValidation cv = new CrossValidation(simulator, lookup);
        outcome = cv.run(runs, catalog.stacks());
        energy = cv.runEnergy(MeasurementsCsv.loadBuiltInEnergy(), outcome.fits(), catalog.power());
    }

    @Test
    void theShippedPowerFiguresAreTheEnergyFitsAndNameTheirRuns() {
        FamilyPower shipped = catalog.power();
        PowerCalibration.Fit fit = energy.fit();
        for (StackCalibration.Free f : shipped.calibration().free()) {
            FamilyPower.FieldPath p = PowerCalibration.path(f.field());
            double expected = fit.power().get(p);
            assertEquals(expected, shipped.get(p), Math.abs(expected) * 2e-3, f.field() + ": rerun 'memwall-explorer calibrate'");
        }
        assertEquals(fit.power().calibration().fittedTo(), shipped.calibration().fittedTo(), "power.json fittedTo");
        // at most one figure per six energy runs, and the energy runs only
        assertTrue(fit.freed().size() * StackCalibration.RUNS_PER_PARAMETER <= fit.runIds().size(),
                fit.freed().size() + " figures for " + fit.runIds().size() + " runs");
        assertEquals(MeasurementsCsv.loadBuiltInEnergy().stream().map(Measurement::id).toList(), fit.runIds());
        // the energy runs' cross-validated median is what the shipped table says
        double cv = energy.outOfSample().medianError().orElseThrow();
        System.out.println(PublishedMeasurementsTest.table(energy.outOfSample()));
        assertEquals(cv, catalog.fidelity().energyFidelity().medianErrorFraction().getAsDouble(), 1e-4,
                "energy fidelity: rerun 'memwall-explorer calibrate'");
    }

    @Test
    void theShippedStacksHoldTheFittedFiguresAndTheRunsTheyCameFrom() {
        for (ServingStack shipped : catalog.stacks()) {
            Calibrator.Fit fit = outcome.fits().get(shipped.id());
            for (StackCalibration.Free f : shipped.calibration().free()) {
                StackParameter p = StackParameter.byField(f.field()).orElseThrow();
                double expected = p.get(fit.stack());
                assertEquals(expected, p.get(shipped), Math.abs(expected) * 2e-3,
                        shipped.id() + " " + f.field() + ": rerun 'memwall-explorer calibrate'");
            }
            assertEquals(fit.stack().calibration().fittedTo(), shipped.calibration().fittedTo(), shipped.id() + " fittedTo");
        }
    }

    @Test
    void noStackFreesMoreThanOneFigurePerSixRuns() {
        int freedOverall = 0;
        for (Calibrator.Fit fit : outcome.fits().values()) {
            assertTrue(fit.freed().size() * StackCalibration.RUNS_PER_PARAMETER <= fit.runIds().size(),
                    fit.stack().id() + " frees " + fit.freed().size() + " figures for " + fit.runIds().size() + " runs");
            freedOverall += fit.freed().size();
        }
        long scored = MeasurementsCsv.loadBuiltIn().stream().filter(m -> !m.metric().isEnergy()).count();
        assertTrue(freedOverall * StackCalibration.RUNS_PER_PARAMETER <= scored, freedOverall + " figures for " + scored + " runs");
    }

    @Test
    void theShippedFidelityTableIsTheCrossValidationsAndMeetsItsTarget() {
        Map<ValidationReport.Group, Fidelity> computed = outcome.fidelity().byGroup();
        Map<ValidationReport.Group, Fidelity> shipped = catalog.fidelity().byGroup();
        assertEquals(computed.keySet(), shipped.keySet(), "rerun 'memwall-explorer calibrate'");
        computed.forEach((g, f) -> {
            Fidelity s = shipped.get(g);
            assertEquals(f.runs(), s.runs(), g.label());
            assertEquals(f.medianErrorFraction().getAsDouble(), s.medianErrorFraction().getAsDouble(), 1e-4, g.label());
        });
        ValidationReport out = outcome.outOfSample();
        double cv = out.medianError().orElseThrow();
        System.out.println(PublishedMeasurementsTest.table(out));
        System.out.printf(Locale.ROOT, "cross-validated median %.1f%%, %.0f%% within 25%%%n", cv * 100, out.shareWithin(0.25) * 100);
        assertEquals(cv, catalog.fidelity().overall().orElseThrow().medianErrorFraction().getAsDouble(), 1e-4);
        assertTrue(cv <= 0.12, String.format(Locale.ROOT, "cross-validated median %.1f%% (target 12%%)", cv * 100));
    }
}
