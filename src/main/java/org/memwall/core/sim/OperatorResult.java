package org.memwall.core.sim;

import java.util.Map;

/**
 * One operator on one chip, once. Bytes are keyed by memory level name; the link is separate.
 *
 * @param occurrences     how often it runs in one forward pass on the critical path (layers for
 *                        per-layer operators)
 * @param vectorOps       norms, softmax and weight conversions
 * @param dequantSeconds  weight conversion of weight-only quantisation, serial with the rest
 * @param memorySeconds   time each level's traffic takes at its achievable bandwidth
 * @param fixedSeconds    launch/synchronisation and per-hop latency, added after the roofline term
 * @param seconds         max(compute, each level, link transfer) + dequantisation + fixed
 * @param boundLevel      the memory level that bounds it when {@code bound == MEMORY}, else ""
 */
public record OperatorResult(
        Operator operator,
        int occurrences,
        double matrixOps,
        double vectorOps,
        Map<String, Double> bytesByLevel,
        double linkBytes,
        double computeSeconds,
        double dequantSeconds,
        Map<String, Double> memorySeconds,
        double linkSeconds,
        double fixedSeconds,
        double seconds,
        Bound bound,
        String boundLevel) {

    public OperatorResult {
        bytesByLevel = Map.copyOf(bytesByLevel);
        memorySeconds = Map.copyOf(memorySeconds);
    }

    public double ops() {
        return matrixOps + vectorOps;
    }

    public double totalSeconds() {
        return seconds * occurrences;
    }

    public double bytes(String level) {
        return bytesByLevel.getOrDefault(level, 0.0);
    }
}
