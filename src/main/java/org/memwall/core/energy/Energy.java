package org.memwall.core.energy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Accelerator energy per output token of a whole request: prefill and every decode step, every
 * chip, idle and clocked power included, over the tokens generated. What a power meter on the
 * accelerators would read (no host, no cooling).
 *
 * @param idleJoulesPerToken      idle power of every chip for the time the request takes
 * @param clockedJoulesPerToken   clocked power while the chips' units run kernels
 * @param computeJoulesPerToken   matrix and vector operations
 * @param byLevelJoulesPerToken   data movement by memory level, plus {@link #LINK} for chip-to-chip traffic
 * @param convertersJoulesPerToken CIM converters (ADC/DAC)
 * @param dynamicJoulesPerToken   the older, narrower figure kept for comparison: the operations and
 *                                bytes of one decode step over its batch, no idle or clocked power,
 *                                no prefill
 * @param prefill                 the prefill pass's power
 * @param decode                  one decode interval's power
 * @param otherStreams            for a pipeline of chips, the same run with another number of
 *                                concurrent streams (see {@link StreamsView}); empty otherwise
 */
public record Energy(
        double idleJoulesPerToken,
        double clockedJoulesPerToken,
        double computeJoulesPerToken,
        Map<String, Double> byLevelJoulesPerToken,
        double convertersJoulesPerToken,
        double dynamicJoulesPerToken,
        PhasePower prefill,
        PhasePower decode,
        Optional<StreamsView> otherStreams) {

    /** Key of chip-to-chip traffic among the levels (the trace's name for it). */
    public static final String LINK = "link";

    /** The parts of {@link #breakdown()} that are not memory levels. */
    public static final String STATIC = "static";
    public static final String COMPUTE = "compute";
    public static final String LINKS = "links";
    public static final String CONVERTERS = "converters";

    public Energy {
        byLevelJoulesPerToken = Collections.unmodifiableMap(new LinkedHashMap<>(byLevelJoulesPerToken));
        java.util.Objects.requireNonNull(otherStreams, "otherStreams");
    }

    public Energy withOtherStreams(StreamsView view) {
        return new Energy(idleJoulesPerToken, clockedJoulesPerToken, computeJoulesPerToken, byLevelJoulesPerToken,
                convertersJoulesPerToken, dynamicJoulesPerToken, prefill, decode, Optional.of(view));
    }

    /**
     * One phase's power.
     *
     * @param averageWatts average power per chip powered
     * @param demandWatts  what it would draw per chip without the board limit
     * @param slowdown     time after throttling over the time at full clock (1: no throttling)
     */
    public record PhasePower(double averageWatts, double demandWatts, boolean powerLimited, double slowdown) {
        public static PhasePower of(PhaseEnergy e) {
            return new PhasePower(e.averageWatts(), e.demandWatts(), e.powerLimited(), e.slowdown());
        }
    }

    /**
     * Combines a request's phases into energy per output token.
     *
     * @param prefill  one prefill pass (the batch of one stream)
     * @param decode   one decode interval, in which every sequence of every stream in flight gains a token
     * @param steps    decode intervals in the request (its output tokens)
     * @param batch    sequences per stream
     * @param streams  streams in flight; each has its own prefill pass, and they share the chips'
     *                 idle power while it runs
     */
    public static Energy of(PhaseEnergy prefill, PhaseEnergy decode, int steps, int batch, int streams) {
        if (steps < 1 || batch < 1 || streams < 1) {
            throw new IllegalArgumentException("steps, batch and streams must be at least 1");
        }
        double tokens = (double) batch * streams * steps;
        double idle = prefill.idleJoules() + steps * decode.idleJoules();
        double clocked = streams * prefill.clockedJoules() + steps * decode.clockedJoules();
        double compute = streams * prefill.computeJoules() + steps * decode.computeJoules();
        double converters = streams * prefill.convertersJoules() + steps * decode.convertersJoules();
        Map<String, Double> levels = new LinkedHashMap<>();
        prefill.levelJoules().forEach((l, j) -> levels.merge(l, streams * j / tokens, Double::sum));
        decode.levelJoules().forEach((l, j) -> levels.merge(l, steps * j / tokens, Double::sum));
        levels.merge(LINK, (streams * prefill.linkJoules() + steps * decode.linkJoules()) / tokens, Double::sum);
        double dynamicDecodeOnly = decode.dynamicJoules() / ((double) batch * streams);
        return new Energy(idle / tokens, clocked / tokens, compute / tokens, levels, converters / tokens,
                dynamicDecodeOnly, PhasePower.of(prefill), PhasePower.of(decode), Optional.empty());
    }

    /** Everything the accelerators draw per output token. */
    public double acceleratorJoulesPerOutputToken() {
        return staticJoulesPerToken() + computeJoulesPerToken + convertersJoulesPerToken + dataMovementJoulesPerToken();
    }

    /** The same as {@link #acceleratorJoulesPerOutputToken()}: the figure the screen shows. */
    public double joulesPerToken() {
        return acceleratorJoulesPerOutputToken();
    }

    /** Power the chips draw for being switched on and clocked, whatever they do. */
    public double staticJoulesPerToken() {
        return idleJoulesPerToken + clockedJoulesPerToken;
    }

    /** Memory traffic at every level plus chip-to-chip traffic. */
    public double dataMovementJoulesPerToken() {
        return byLevelJoulesPerToken.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double linkJoulesPerToken() {
        return byLevelJoulesPerToken.getOrDefault(LINK, 0.0);
    }

    /** What the work itself costs: operations, converters and data movement. */
    public double workJoulesPerToken() {
        return computeJoulesPerToken + convertersJoulesPerToken + dataMovementJoulesPerToken();
    }

    /** True when prefill or decode wanted more than the board limit. */
    public boolean powerLimited() {
        return prefill.powerLimited() || decode.powerLimited();
    }

    /**
     * Where the energy goes, summing to {@link #acceleratorJoulesPerOutputToken()}: static, compute,
     * one entry per memory level (by name), links, converters.
     */
    public Map<String, Double> breakdown() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(STATIC, staticJoulesPerToken());
        out.put(COMPUTE, computeJoulesPerToken);
        byLevelJoulesPerToken.forEach((level, j) -> {
            if (!LINK.equals(level)) {
                // a level named like one of the other parts keeps its own entry
                out.merge(out.containsKey(level) ? level + " (memory)" : level, j, Double::sum);
            }
        });
        out.put(LINKS, linkJoulesPerToken());
        out.put(CONVERTERS, convertersJoulesPerToken);
        return out;
    }
}
