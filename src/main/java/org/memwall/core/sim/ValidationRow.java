package org.memwall.core.sim;

import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;

/**
 * One measurement next to what the simulation predicts for the same set-up.
 *
 * @param family    the measured chip's family; empty when the hardware id is unknown
 * @param stack     the serving stack it ran on (its own, or the chip's usual one); "" when unknown
 * @param predicted the simulated value of the measurement's metric; empty when the row could not run
 * @param problem   why the row could not run (unknown id, bad set-up), or "" when it ran
 * @param note      what the reader should know about a row that ran (the model did not fit), or ""
 */
public record ValidationRow(
        Measurement measurement,
        Optional<ArchitectureFamily> family,
        String stack,
        OptionalDouble predicted,
        String problem,
        String note) {

    public static ValidationRow failed(Measurement m, Optional<ArchitectureFamily> family, String stack, String problem) {
        return new ValidationRow(m, family, stack, OptionalDouble.empty(), problem, "");
    }

    /** |log(predicted / published)|: the error a fit minimises, the same for too fast and too slow. */
    public OptionalDouble absoluteLogError() {
        return ran() ? OptionalDouble.of(Math.abs(Math.log(predicted.getAsDouble() / measurement.value()))) : OptionalDouble.empty();
    }

    public boolean ran() {
        return predicted.isPresent();
    }

    /** (predicted - published) / published: positive when the simulation is optimistic. */
    public OptionalDouble relativeError() {
        if (!ran()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((predicted.getAsDouble() - measurement.value()) / measurement.value());
    }

    public OptionalDouble absoluteRelativeError() {
        OptionalDouble e = relativeError();
        return e.isPresent() ? OptionalDouble.of(Math.abs(e.getAsDouble())) : OptionalDouble.empty();
    }
}
