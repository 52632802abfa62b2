package org.memwall.core.sim;

import java.util.List;
import java.util.Map;

/**
 * One forward pass (prefill) or one decode step, as the critical path of one chip sees it.
 *
 * @param stepSeconds         time of the forward pass (prefill) or of one decode step
 * @param operators           per-chip operator results; {@code totalSeconds()} of them add up to stepSeconds
 * @param bytesByLevelAllChips bytes each memory level moves in the step, summed over all chips
 * @param linkBytesAllChips    bytes sent over chip-to-chip links in the step, all chips
 * @param layerBytesByLevel    bytes one layer moves on one chip, by level (what the trace shows)
 */
public record PhaseResult(
        Phase phase,
        double stepSeconds,
        List<OperatorResult> operators,
        Map<String, Double> bytesByLevelAllChips,
        double linkBytesAllChips,
        Map<String, Double> layerBytesByLevel,
        double layerLinkBytes,
        double opsAllChips) {

    public PhaseResult {
        operators = List.copyOf(operators);
        bytesByLevelAllChips = Map.copyOf(bytesByLevelAllChips);
        layerBytesByLevel = Map.copyOf(layerBytesByLevel);
    }

    /** The same phase taking {@code seconds} (a clock throttled to the board limit stretches it). */
    public PhaseResult withStepSeconds(double seconds) {
        return new PhaseResult(phase, seconds, operators, bytesByLevelAllChips, linkBytesAllChips, layerBytesByLevel,
                layerLinkBytes, opsAllChips);
    }

    public OperatorResult operator(Operator op) {
        return operators.stream().filter(o -> o.operator() == op).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(op + " is not in this phase"));
    }
}
