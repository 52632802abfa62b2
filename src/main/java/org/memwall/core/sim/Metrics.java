package org.memwall.core.sim;

/**
 * The headline numbers of one run, and nothing else: what a sweep row or a map cell needs. Equal
 * to the same figures of the full {@link Result} (see {@link #of(Result)}); {@link Simulator#metrics}
 * computes them without the per-operator lists, traces and roofline.
 *
 * @param secondsPerToken          one decode step: time between one sequence's tokens
 * @param tokensPerSecond          every sequence of every stream in flight
 * @param joulesPerToken           energy per generated token, all chips (the result's energy figure)
 * @param costUsdPerTokenPerSecond hardware cost per token/s of total throughput; NaN when the chip has no price
 * @param decodeBound              the bound that accounts for most of a decode step's time
 * @param prefillBound             the same for prefill
 */
public record Metrics(
        int chips,
        int chipsNeeded,
        boolean fits,
        double secondsPerToken,
        double tokensPerSecond,
        double timeToFirstTokenSeconds,
        double joulesPerToken,
        double costUsdPerTokenPerSecond,
        Bound decodeBound,
        Bound prefillBound) {

    public double tokensPerSecondPerUser() {
        return 1.0 / secondsPerToken;
    }

    public boolean hasCost() {
        return !Double.isNaN(costUsdPerTokenPerSecond);
    }

    /** The same figures, read from a full run. */
    public static Metrics of(Result r) {
        return new Metrics(r.chips(), r.chipsNeeded(), r.fits(), r.secondsPerToken(), r.tokensPerSecond(),
                r.timeToFirstTokenSeconds(), r.energy().joulesPerToken(),
                r.costUsdPerTokenPerSecond().orElse(Double.NaN), Bounds.of(r.decode()), Bounds.of(r.prefill()));
    }
}
