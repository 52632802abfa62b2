package org.memwall.fitting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.sim.ValidationRow;
import org.memwall.core.stack.ServingStack;

/**
 * Leave-one-source-out: the runs of each source (one {@code source} value) are left out, every
 * stack is fitted to the rest, and the left-out runs are predicted. The median error of those
 * predictions, per family and stack, is what the program calls its fidelity.
 */
public final class CrossValidation {
    private final Simulator simulator;
    private final Validation.Lookup presets;
    private final Calibrator calibrator;

    public CrossValidation(Simulator simulator, Validation.Lookup presets) {
        this.simulator = simulator;
        this.presets = presets;
        this.calibrator = new Calibrator(simulator, presets);
    }

    /** Each run predicted in-sample (fitted to everything) and out of sample (its source left out). */
    public record Outcome(ValidationReport inSample, ValidationReport outOfSample, Map<String, Calibrator.Fit> fits) {

        /** Per family and stack: cross-validated median and runs; "not validated" below three runs. */
        public FidelityTable fidelity() {
            Map<ValidationReport.Group, Fidelity> table = new LinkedHashMap<>();
            outOfSample.byGroup().forEach((g, rows) -> {
                double median = ValidationReport.median(rows.stream()
                        .mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).toArray()).orElse(Double.NaN);
                Fidelity f = Fidelity.crossValidated(median, rows.size());
                if (f.validated()) {
                    table.put(g, f);
                }
            });
            Map<String, Double> byRun = new LinkedHashMap<>();
            outOfSample.rows().stream().filter(ValidationRow::ran)
                    .forEach(r -> byRun.put(r.measurement().id(), r.predicted().getAsDouble()));
            Fidelity all = Fidelity.crossValidated(outOfSample.medianError().orElse(0), byRun.size());
            return new FidelityTable(table, Optional.of(all), byRun);
        }

        public OptionalDouble inSampleMedian(ValidationReport.Group g) {
            List<ValidationRow> rows = inSample.byGroup().getOrDefault(g, List.of());
            return ValidationReport.median(rows.stream().mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).toArray());
        }
    }

    public Outcome run(List<Measurement> runs, List<ServingStack> stacks) {
        List<Measurement> speed = runs.stream().filter(m -> !m.metric().isEnergy()).toList();
        Map<String, Calibrator.Fit> all = calibrator.fitAll(speed, stacks);
        ValidationReport inSample = Validation.run(simulator, lookup(all), speed);

        Set<String> sources = new LinkedHashSet<>();
        speed.forEach(m -> sources.add(m.source()));
        Map<String, ValidationRow> predicted = new LinkedHashMap<>();
        for (String source : sources) {
            List<Measurement> rest = speed.stream().filter(m -> !m.source().equals(source)).toList();
            Map<String, Calibrator.Fit> fold = calibrator.fitAll(rest, stacks);
            for (Measurement m : speed) {
                if (m.source().equals(source)) {
                    predicted.put(m.id(), Validation.row(simulator, lookup(fold), m));
                }
            }
        }
        List<ValidationRow> outRows = new ArrayList<>();
        for (Measurement m : speed) {
            outRows.add(predicted.get(m.id()));
        }
        return new Outcome(inSample, new ValidationReport(outRows), all);
    }

    /**
     * The energy side: every energy run predicted with the family power figures fitted to all of
     * them (in-sample) and to the runs of the other sources (out of sample), the stacks as their
     * speed fit left them.
     */
    public record EnergyOutcome(ValidationReport inSample, ValidationReport outOfSample, PowerCalibration.Fit fit) {
    }

    public EnergyOutcome runEnergy(List<Measurement> runs, Map<String, Calibrator.Fit> stackFits, FamilyPower shipped) {
        List<Measurement> energy = runs.stream().filter(m -> m.metric().isEnergy()).toList();
        Map<String, ServingStack> stacks = new LinkedHashMap<>();
        stackFits.forEach((id, f) -> stacks.put(id, f.stack()));
        PowerCalibration power = new PowerCalibration(simulator, presets);
        PowerCalibration.Fit all = power.fit(energy, shipped, stacks);
        ValidationReport inSample = Validation.run(simulator, power.lookup(all.power(), stacks), energy);
        Set<String> sources = new LinkedHashSet<>();
        energy.forEach(m -> sources.add(m.source()));
        Map<String, ValidationRow> predicted = new LinkedHashMap<>();
        for (String source : sources) {
            List<Measurement> rest = energy.stream().filter(m -> !m.source().equals(source)).toList();
            PowerCalibration.Fit fold = power.fit(rest, shipped, stacks);
            for (Measurement m : energy) {
                if (m.source().equals(source)) {
                    predicted.put(m.id(), Validation.row(simulator, power.lookup(fold.power(), stacks), m));
                }
            }
        }
        List<ValidationRow> outRows = new ArrayList<>();
        energy.forEach(m -> outRows.add(predicted.get(m.id())));
        return new EnergyOutcome(inSample, new ValidationReport(outRows), all);
    }

    private Validation.Lookup lookup(Map<String, Calibrator.Fit> fits) {
        return new Validation.Lookup(presets.hardware(), presets.model(),
                id -> Optional.ofNullable(fits.get(id)).map(Calibrator.Fit::stack).or(() -> presets.stack().apply(id)));
    }

    /** Families in a stable order, for printing. */
    public static List<ArchitectureFamily> families() {
        return List.of(ArchitectureFamily.values());
    }
}
