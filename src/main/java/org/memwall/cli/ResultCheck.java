package org.memwall.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.memwall.core.sim.OperatorResult;
import org.memwall.core.sim.Result;

/**
 * The last guard before a result is printed: every figure the command line shows is a finite,
 * non-negative number. The input rules keep absurd values out; a preset can still combine
 * plausible ones into a figure no number holds, and that is reported, never printed as "NaN".
 */
final class ResultCheck {
    private ResultCheck() {
    }

    static void requireFinite(Result r) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("time per token", r.secondsPerToken());
        figures.put("tokens/s per user", r.tokensPerSecondPerUser());
        figures.put("tokens/s", r.tokensPerSecond());
        figures.put("time to first token", r.timeToFirstTokenSeconds());
        figures.put("compute energy per token", r.energy().computeJoulesPerToken());
        figures.put("data movement energy per token", r.energy().dataMovementJoulesPerToken());
        figures.put("static energy per token", r.energy().staticJoulesPerToken());
        figures.put("converter energy per token", r.energy().convertersJoulesPerToken());
        figures.put("energy per output token", r.energy().acceleratorJoulesPerOutputToken());
        figures.put("compute utilisation", r.computeUtilisation());
        r.energy().byLevelJoulesPerToken().forEach((level, j) -> figures.put(level + " energy per token", j));
        r.bytesPerToken().forEach((level, b) -> figures.put(level + " bytes per token", b));
        r.costUsdPerTokenPerSecond().ifPresent(c -> figures.put("cost per token/s", c));
        for (OperatorResult op : r.decode().operators()) {
            figures.put(op.operator().label() + " time", op.totalSeconds());
        }
        for (Map.Entry<String, Double> f : figures.entrySet()) {
            double v = f.getValue();
            if (!Double.isFinite(v) || v < 0) {
                throw new CliProblem(String.format("%s on %s gives a %s no number can hold (%s): check --hbm-bandwidth, "
                                + "--sram-bandwidth, --node and the figures of the %s preset",
                        r.scenario().workload().model().id(), r.scenario().hardware().id(), f.getKey(), Units.plain(v),
                        r.scenario().hardware().id()));
            }
        }
    }
}
