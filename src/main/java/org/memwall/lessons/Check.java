package org.memwall.lessons;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A claim checked at one set of settings: the computed value, the article's, the verdict and the
 * numbers that explain it.
 *
 * @param computed  the computed value; NaN when there is none (no crossing, nothing to compare)
 * @param detailKey text key of the sentence that explains the verdict with {@code args}
 */
public record Check(Claim claim, double computed, Verdict verdict, String detailKey, List<String> args) {
    public Check {
        args = List.copyOf(args);
    }

    public String claimId() {
        return claim.id();
    }

    public double article() {
        return claim.expectation().article();
    }

    public String unit() {
        return claim.unit();
    }

    public OptionalDouble computedValue() {
        return Double.isFinite(computed) ? OptionalDouble.of(computed) : OptionalDouble.empty();
    }
}
