package org.memwall.core.sim;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How far the model is from published measured runs it was not fitted to: the median error,
 * over the runs of a family and serving stack, when each run's source is left out of the fit and
 * predicted. Never the error on the runs the parameters were fitted to.
 *
 * @param runs the runs the median is taken over
 */
public record Fidelity(OptionalDouble medianErrorFraction, int runs, Method method) {
    /** Fewer runs than this give no fidelity figure. */
    public static final int MIN_RUNS = 3;

    public enum Method {
        CROSS_VALIDATED("cross-validated"),
        NOT_VALIDATED("not-validated");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Fidelity {
        if (method == Method.CROSS_VALIDATED && medianErrorFraction.isEmpty()) {
            throw new IllegalArgumentException("a cross-validated fidelity needs its median error");
        }
    }

    public static Fidelity notValidated() {
        return new Fidelity(OptionalDouble.empty(), 0, Method.NOT_VALIDATED);
    }

    /** The median over {@code runs} out-of-sample errors; "not validated" below {@link #MIN_RUNS}. */
    public static Fidelity crossValidated(double medianErrorFraction, int runs) {
        if (runs < MIN_RUNS) {
            return notValidated();
        }
        return new Fidelity(OptionalDouble.of(medianErrorFraction), runs, Method.CROSS_VALIDATED);
    }

    public boolean validated() {
        return method == Method.CROSS_VALIDATED;
    }

    public OptionalDouble medianErrorPercent() {
        return validated() ? OptionalDouble.of(medianErrorFraction.getAsDouble() * 100) : OptionalDouble.empty();
    }

    /** "±12% on 38 runs it was not fitted to" or "not validated" (English; the window has its own words). */
    public String label() {
        if (!validated()) {
            return "not validated";
        }
        return String.format(Locale.ROOT, "±%.0f%% on %d runs it was not fitted to", medianErrorFraction.getAsDouble() * 100, runs);
    }
}
