package org.memwall.core.sim;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How far the model was from published measurements for this hardware family: the median
 * relative error of {@code validate} over the rows of that family, or not validated.
 */
public record Fidelity(OptionalDouble medianErrorFraction, int measurements) {
    public static Fidelity notValidated() {
        return new Fidelity(OptionalDouble.empty(), 0);
    }

    public boolean validated() {
        return medianErrorFraction.isPresent();
    }

    /** "±12% vs published (4 runs)" or "not validated". */
    public String label() {
        if (!validated()) {
            return "not validated";
        }
        return String.format(Locale.ROOT, "±%.0f%% vs published (%d run%s)",
                medianErrorFraction.getAsDouble() * 100, measurements, measurements == 1 ? "" : "s");
    }
}
