package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/**
 * Runs published measurements through the simulator. A measurement's scenario is its chips (or
 * the fewest that hold the model), batch, prompt, output, formats and serving stack; a format or
 * stack the row leaves empty follows common practice ({@link WorkloadDefaults}) and the chip's
 * usual stack.
 */
public final class Validation {
    private Validation() {
    }

    /** Where the presets come from. */
    public record Lookup(
            Function<String, Optional<Hardware>> hardware,
            Function<String, Optional<TransformerModel>> model,
            Function<String, Optional<ServingStack>> stack) {
    }

    public static ValidationReport run(Simulator simulator, Lookup lookup, List<Measurement> measurements) {
        List<ValidationRow> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            rows.add(row(simulator, lookup, m));
        }
        return new ValidationReport(rows);
    }

    /** The stack a row ran on: its own, else the chip's usual one. */
    public static String stackIdOf(Measurement m, Hardware chip) {
        return m.stack().orElse(chip.defaultStack());
    }

    /** The scenario a measured run describes. */
    public static Scenario scenarioOf(Measurement m, Hardware chip, TransformerModel model, ServingStack stack) {
        Workload w = WorkloadDefaults.workload(chip, model, m.precision(), m.batch(), m.promptTokens(), m.outputTokens());
        if (m.computePrecision().isPresent()) {
            w = w.withComputePrecision(m.computePrecision().get());
        }
        w = w.withKvPrecision(m.kvPrecision().orElse(Precision.FP16));
        return Scenario.of(chip, stack, w).withChips(m.chips());
    }

    public static ValidationRow row(Simulator simulator, Lookup lookup, Measurement m) {
        Optional<Hardware> chip = lookup.hardware().apply(m.hardwareId());
        Optional<TransformerModel> model = lookup.model().apply(m.modelId());
        if (chip.isEmpty()) {
            return ValidationRow.failed(m, Optional.empty(), "", "no hardware preset '" + m.hardwareId() + "'");
        }
        String stackId = stackIdOf(m, chip.get());
        if (model.isEmpty()) {
            return ValidationRow.failed(m, Optional.of(chip.get().family()), stackId, "no model preset '" + m.modelId() + "'");
        }
        if (!m.scorable()) {
            return ValidationRow.failed(m, Optional.of(chip.get().family()), stackId,
                    "not scorable: the source gives no batch, prompt or output length");
        }
        Optional<ServingStack> stack = lookup.stack().apply(stackId);
        if (stack.isEmpty()) {
            return ValidationRow.failed(m, Optional.of(chip.get().family()), stackId, "no serving-stack preset '" + stackId + "'");
        }
        try {
            Result r = simulator.numbers(scenarioOf(m, chip.get(), model.get(), stack.get()));
            double predicted = m.predictedFrom(r);
            if (!Double.isFinite(predicted) || predicted <= 0) {
                return ValidationRow.failed(m, Optional.of(chip.get().family()), stackId,
                        "the simulation gave no finite " + m.metric().id());
            }
            List<String> notes = new ArrayList<>();
            if (!r.fits()) {
                notes.add("does not fit on " + r.chips() + " chips by the stack's memory budget: " + r.fitMessage());
            }
            if (m.promptTokens() + m.outputTokens() > model.get().maxContext()) {
                notes.add("prompt + output (" + (m.promptTokens() + m.outputTokens()) + " tokens) is longer than the "
                        + model.get().maxContext() + " tokens " + model.get().name() + " was trained for");
            }
            return new ValidationRow(m, Optional.of(chip.get().family()), stackId, OptionalDouble.of(predicted), "",
                    String.join("; ", notes));
        } catch (RuntimeException e) {
            // One row that cannot run (bad set-up, unknown metric) must not hide the others.
            return ValidationRow.failed(m, Optional.of(chip.get().family()), stackId, String.valueOf(e.getMessage()));
        }
    }
}
