package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;

/**
 * Runs every published measurement through the simulator. A measurement's scenario is its chips,
 * batch, prompt, output and weight format; the compute format follows common practice
 * ({@link WorkloadDefaults}) and the KV cache is 16-bit, as in the runs measured.
 */
public final class Validation {
    private Validation() {
    }

    public static ValidationReport run(
            Simulator simulator,
            Function<String, Optional<Hardware>> hardwareById,
            Function<String, Optional<TransformerModel>> modelById,
            List<Measurement> measurements) {
        List<ValidationRow> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            rows.add(row(simulator, hardwareById, modelById, m));
        }
        return new ValidationReport(rows);
    }

    /** The scenario a measured run describes. */
    public static Scenario scenarioOf(Measurement m, Hardware chip, TransformerModel model) {
        Workload w = WorkloadDefaults.workload(chip, model, m.precision(), m.batch(), m.promptTokens(), m.outputTokens());
        return Scenario.of(chip, w).withChips(m.chips());
    }

    private static ValidationRow row(
            Simulator simulator,
            Function<String, Optional<Hardware>> hardwareById,
            Function<String, Optional<TransformerModel>> modelById,
            Measurement m) {
        Optional<Hardware> chip = hardwareById.apply(m.hardwareId());
        Optional<TransformerModel> model = modelById.apply(m.modelId());
        if (chip.isEmpty()) {
            return ValidationRow.failed(m, Optional.empty(), "no hardware preset '" + m.hardwareId() + "'");
        }
        if (model.isEmpty()) {
            return ValidationRow.failed(m, Optional.of(chip.get().family()), "no model preset '" + m.modelId() + "'");
        }
        try {
            Result r = simulator.run(scenarioOf(m, chip.get(), model.get()));
            double predicted = m.predictedFrom(r);
            if (!Double.isFinite(predicted)) {
                return ValidationRow.failed(m, Optional.of(chip.get().family()), "the simulation gave no finite " + m.metric());
            }
            String note = r.fits() ? "" : "model does not fit on " + r.chips() + " chips: " + r.fitMessage();
            return new ValidationRow(m, Optional.of(chip.get().family()), OptionalDouble.of(predicted), "", note);
        } catch (RuntimeException e) {
            // One row that cannot run (bad set-up, unknown metric) must not hide the others.
            return ValidationRow.failed(m, Optional.of(chip.get().family()), String.valueOf(e.getMessage()));
        }
    }
}
