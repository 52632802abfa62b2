package org.memwall.lessons;

import java.util.Objects;

/**
 * One claim of the story as a computed check: a named quantity computed from the core's results
 * at the settings on screen, the article's value with the tolerance each verdict allows, and where
 * the article's value comes from.
 *
 * @param id          stable name, used by scenario steps, the command line and the text bundles
 * @param unit        the unit of the computed and the article's value ("x", "tok/s", "chips", "nm")
 * @param source      where the article's value comes from
 */
public record Claim(String id, Expectation expectation, String unit, String source, Computation computation) {

    /** How the claim's quantity is computed from what is on screen. */
    @FunctionalInterface
    public interface Computation {
        Measured measure(Evidence evidence);
    }

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(computation, "computation");
    }

    /** Computes the quantity and judges it. */
    public Check check(Evidence evidence) {
        Measured m;
        try {
            m = computation.measure(evidence);
        } catch (IllegalArgumentException e) {
            // a setting the core refuses for an extra run this claim makes (e.g. a node outside the table)
            m = Measured.unavailable("missing.run", e.getMessage() == null ? e.toString() : e.getMessage());
        }
        if (m instanceof Measured.Value v) {
            Verdict verdict = v.verdict().orElseGet(() ->
                    Double.isFinite(v.value()) ? expectation.judge(v.value()) : Verdict.CANNOT_CHECK);
            return new Check(this, v.value(), verdict, v.detailKey(), v.args());
        }
        Measured.Unavailable u = (Measured.Unavailable) m;
        return new Check(this, Double.NaN, Verdict.CANNOT_CHECK, u.reasonKey(), u.args());
    }
}
