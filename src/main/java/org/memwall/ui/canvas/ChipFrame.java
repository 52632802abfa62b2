package org.memwall.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.memwall.core.sim.Operator;
import org.memwall.core.trace.ComputeEvent;
import org.memwall.core.trace.TraceEvent;
import org.memwall.core.trace.TransferEvent;

/**
 * What one chip is doing at simulated time t, looked up from its trace: how busy each memory level
 * and the link are (share of peak bandwidth), whether the compute units run and at what share of
 * their matrix peak (a norm runs on vector units at 0% of it, and still lights them), which operator runs,
 * and whether the chip has finished its part and is waiting for the slowest chip.
 */
record ChipFrame(double timeSeconds, boolean done, Map<String, Double> levelUtilisation, boolean computing,
        double computeUtilisation, Optional<Operator> operator) {

    static ChipFrame at(ChipScene scene, double t) {
        var trace = scene.view().trace();
        Map<String, Double> levels = new HashMap<>();
        double compute = 0;
        boolean computing = false;
        TraceEvent latest = null;
        for (TraceEvent e : trace.activeAt(t)) {
            if (e instanceof TransferEvent tr && tr.durationSeconds() > 0) {
                levels.merge(tr.level(), tr.rateBytesPerSecond() / scene.bandwidthOf(tr.level()), Double::sum);
            } else if (e instanceof ComputeEvent c) {
                computing = true;
                compute = Math.max(compute, c.utilisation());
            }
            if (latest == null || e.startSeconds() >= latest.startSeconds()) {
                latest = e;
            }
        }
        boolean done = t >= trace.durationSeconds();
        return new ChipFrame(t, done, levels, computing, compute, Optional.ofNullable(latest).map(TraceEvent::operator));
    }

    /** Utilisation of a block fed by the given levels, at most 1. */
    double utilisation(List<String> levelNames) {
        double u = 0;
        for (String name : levelNames) {
            u += levelUtilisation.getOrDefault(name, 0.0);
        }
        return Math.min(1, u);
    }
}
