package org.memwall.core.stack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.memwall.core.model.Checks;

/**
 * Which of a stack's figures calibration may fit to measured runs, in order of importance, each
 * with the value it starts from (its prior: a published or stated figure), and which runs the
 * current values were fitted to. A fit frees no more than one parameter per six runs, so a stack
 * with few runs fits only its first few and keeps the rest at their priors.
 *
 * @param free        the fields calibration may fit, most important first
 * @param inheritFrom another stack whose fitted values for the same fields this one takes (the
 *                    predecessor or successor of this software, measured where this one is not)
 * @param fittedTo    ids of the measured runs the current values were fitted to; empty: none
 */
public record StackCalibration(List<Free> free, Optional<String> inheritFrom, List<String> fittedTo) {
    public StackCalibration {
        free = List.copyOf(free);
        Objects.requireNonNull(inheritFrom, "inheritFrom");
        fittedTo = List.copyOf(fittedTo);
        if (free.stream().map(Free::field).distinct().count() != free.size()) {
            throw new IllegalArgumentException("calibration.free names a field twice");
        }
    }

    public static StackCalibration none() {
        return new StackCalibration(List.of(), Optional.empty(), List.of());
    }

    /** Runs per freed parameter at least. */
    public static final int RUNS_PER_PARAMETER = 6;

    /** The fields a fit to {@code runs} measured runs frees. */
    public List<Free> freedFor(int runs) {
        return free.subList(0, Math.min(free.size(), runs / RUNS_PER_PARAMETER));
    }

    public StackCalibration withFittedTo(List<String> ids) {
        return new StackCalibration(free, inheritFrom, ids);
    }

    /** A field calibration may fit, and the value a fit starts from. */
    public record Free(String field, double prior) {
        public Free {
            Objects.requireNonNull(field, "field");
            Checks.positive("calibration.free prior", prior);
        }
    }
}
