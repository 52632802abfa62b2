package org.memwall.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;
import org.memwall.fitting.Calibrator;
import org.memwall.fitting.CrossValidation;
import org.memwall.fitting.PowerCalibration;
import org.memwall.fitting.StackParameter;
import org.memwall.presets.CalibrationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fits each serving stack's free figures to the published runs it served, prints before and after,",
                "cross-validates (each source left out and predicted) and writes the results into a preset folder."})
public class CalibrateCommand extends WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "The runs to fit to (default: the shipped measurements.csv).")
    Path measurementsFile;

    @Option(names = "--write", paramLabel = "DIR",
            description = "Preset folder to write stacks/<id>.json and fidelity.json into (default: ./presets when it has a stacks folder;"
                    + " otherwise nothing is written).")
    Path writeDir;

    public CalibrateCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        List<Measurement> runs = new ArrayList<>(measurementsFile == null ? environment.builtInMeasurements()
                : environment.loadMeasurements(measurementsFile));
        if (measurementsFile == null) {
            runs.addAll(environment.builtInEnergyMeasurements());
        }
        Workbench wb = workbench();
        List<ServingStack> stacks = wb.catalog().stacks();
        out().printf(Locale.ROOT, "calibrating %d serving stacks on %d measured runs, the family power figures on %d energy runs%n%n",
                stacks.size(), runs.stream().filter(m -> !m.metric().isEnergy()).count(),
                runs.stream().filter(m -> m.metric().isEnergy()).count());
        CrossValidation cv = new CrossValidation(wb.simulator(), wb.lookup());
        CrossValidation.Outcome outcome = cv.run(runs, stacks);
        Calibrator calibrator = new Calibrator(wb.simulator(), wb.lookup());

        Path dir = writeDir != null ? writeDir : Files.isDirectory(Path.of("presets", "stacks")) ? Path.of("presets") : null;
        List<String> written = new ArrayList<>();
        for (ServingStack preset : stacks) {
            Calibrator.Fit fit = outcome.fits().get(preset.id());
            printFit(preset, fit, calibrator.runsOf(preset.id(), runs).size());
            if (dir != null && !fit.freed().isEmpty() || dir != null && preset.calibration().inheritFrom().isPresent()) {
                written.add(write(dir, preset, fit));
            }
        }
        ValidateCommand.printGroups(out(), outcome.inSample(), outcome.fidelity(), outcome);

        CrossValidation.EnergyOutcome energy = cv.runEnergy(runs, outcome.fits(), wb.catalog().power());
        printPowerFit(wb.catalog().power(), energy);
        ValidateCommand.printEnergy(out(), energy.inSample(), Optional.of(energy.outOfSample()), Fidelity.notValidated());
        if (dir != null && !energy.inSample().rows().isEmpty()) {
            written.add(writePower(dir, wb.catalog().power(), energy.fit()));
        }
        if (dir != null) {
            written.add(writeFidelity(dir, outcome, energy));
            out().println();
            written.forEach(f -> out().println("wrote " + f));
        } else {
            out().println();
            out().println("nothing written: give --write DIR (a preset folder) to keep these figures");
        }
        return 0;
    }

    private void printFit(ServingStack preset, Calibrator.Fit fit, int runs) {
        StackCalibration cal = preset.calibration();
        if (cal.free().isEmpty()) {
            out().printf(Locale.ROOT, "%s: %d runs; nothing to fit (every figure is sourced or stated)%n%n", preset.id(), runs);
            return;
        }
        if (cal.inheritFrom().isPresent()) {
            out().printf(Locale.ROOT, "%s: %d runs, too few to fit; takes %s's fitted figures:%n", preset.id(), runs,
                    cal.inheritFrom().get());
        } else {
            out().printf(Locale.ROOT, "%s: %d runs, %d of %d figures freed (one per %d runs)%n", preset.id(), runs,
                    fit.freed().size(), cal.free().size(), StackCalibration.RUNS_PER_PARAMETER);
        }
        for (StackCalibration.Free f : cal.free()) {
            StackParameter p = StackParameter.byField(f.field()).orElseThrow();
            boolean freed = fit.freed().contains(p) || cal.inheritFrom().isPresent();
            out().printf(Locale.ROOT, "  %-42s %10s -> %-10s%s%n", f.field(), Units.significant(f.prior()),
                    Units.significant(p.get(fit.stack())), freed ? "" : "  (kept at its prior)");
        }
        if (runs > 0) {
            out().printf(Locale.ROOT, "  mean |log(predicted/published)| %.3f -> %.3f%n", fit.before(), fit.after());
        }
        out().println();
    }

    private String write(Path dir, ServingStack preset, Calibrator.Fit fit) {
        List<CalibrationWriter.FittedValue> values = new ArrayList<>();
        for (StackCalibration.Free f : preset.calibration().free()) {
            StackParameter p = StackParameter.byField(f.field()).orElseThrow();
            values.add(new CalibrationWriter.FittedValue(f.field(), p.get(fit.stack())));
        }
        try {
            return CalibrationWriter.writeStack(dir, fit.stack(), values).toString();
        } catch (IOException e) {
            throw new CliProblem("cannot write the fitted stack " + preset.id() + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    private void printPowerFit(FamilyPower shipped, CrossValidation.EnergyOutcome energy) {
        PowerCalibration.Fit fit = energy.fit();
        out().println();
        out().printf(Locale.ROOT, "family power figures (power.json): %d energy runs, %d of %d figures freed (one per %d runs)%n",
                fit.runIds().size(), fit.freed().size(), shipped.calibration().free().size(), StackCalibration.RUNS_PER_PARAMETER);
        for (StackCalibration.Free f : shipped.calibration().free()) {
            double now = fit.power().get(PowerCalibration.path(f.field()));
            out().printf(Locale.ROOT, "  %-42s %10s -> %-10s%s%n", f.field(), Units.significant(f.prior()), Units.significant(now),
                    fit.freed().contains(f.field()) ? "" : "  (kept at its prior)");
        }
        if (!fit.runIds().isEmpty()) {
            out().printf(Locale.ROOT, "  mean |log(predicted/published)| %.3f -> %.3f%n", fit.before(), fit.after());
        }
        out().println();
    }

    private String writePower(Path dir, FamilyPower shipped, PowerCalibration.Fit fit) {
        List<CalibrationWriter.FittedValue> values = new ArrayList<>();
        for (StackCalibration.Free f : shipped.calibration().free()) {
            values.add(new CalibrationWriter.FittedValue(f.field(), fit.power().get(PowerCalibration.path(f.field()))));
        }
        try {
            return CalibrationWriter.writePower(dir, values, fit.power().calibration().fittedTo()).toString();
        } catch (IOException e) {
            throw new CliProblem("cannot write the fitted power figures into " + dir + ": " + e.getMessage(), e);
        }
    }

    private String writeFidelity(Path dir, CrossValidation.Outcome outcome, CrossValidation.EnergyOutcome energy) {
        List<CalibrationWriter.FidelityRow> rows = new ArrayList<>();
        for (Map.Entry<ValidationReport.Group, Fidelity> e : outcome.fidelity().byGroup().entrySet()) {
            ValidationReport.Group g = e.getKey();
            rows.add(new CalibrationWriter.FidelityRow(g.family().name().toLowerCase(Locale.ROOT).replace('_', '-'), g.stack(),
                    e.getValue(), outcome.inSampleMedian(g).orElse(Double.NaN)));
        }
        ValidationReport out = outcome.outOfSample();
        CalibrationWriter.FidelityRow overall = new CalibrationWriter.FidelityRow("all", "all",
                Fidelity.crossValidated(out.medianError().orElse(0), (int) out.rows().stream().filter(r -> r.ran()).count()),
                outcome.inSample().medianError().orElse(Double.NaN));
        String within = String.format(Locale.ROOT, "%.0f%% in-sample, %.0f%% cross-validated",
                outcome.inSample().shareWithin(0.25) * 100, out.shareWithin(0.25) * 100);
        try {
            Optional<CalibrationWriter.EnergyFidelityRow> energyRow = Optional.empty();
            ValidationReport eo = energy.outOfSample();
            if (!eo.rows().isEmpty() && eo.medianError().isPresent()) {
                energyRow = Optional.of(new CalibrationWriter.EnergyFidelityRow(
                        Fidelity.crossValidated(eo.medianError().getAsDouble(), (int) eo.rows().stream().filter(r -> r.ran()).count()),
                        energy.inSample().medianError().orElse(Double.NaN),
                        String.format(Locale.ROOT, "%.0f%% in-sample, %.0f%% cross-validated",
                                energy.inSample().shareWithin(0.30) * 100, eo.shareWithin(0.30) * 100)));
            }
            return CalibrationWriter.writeFidelity(dir, rows, overall, within, "leave-one-source-out cross-validation",
                    outcome.fidelity().crossValidatedByRun(), energyRow).toString();
        } catch (IOException e) {
            throw new CliProblem("cannot write fidelity.json into " + dir + ": " + e.getMessage(), e);
        }
    }
}
