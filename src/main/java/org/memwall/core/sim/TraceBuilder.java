package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memwall.core.arch.Flow;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.ComputeEvent;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;
import org.memwall.core.trace.Trace;
import org.memwall.core.trace.TraceEvent;
import org.memwall.core.trace.TransferEvent;

/**
 * One layer on one chip as events: each operator waits for its fixed overheads, then its
 * transfers (one after another per memory level, at the bandwidth its kernel gets) and its compute
 * run side by side; the next operator starts when the slowest has finished.
 */
final class TraceBuilder {
    private TraceBuilder() {
    }

    static Trace trace(RunContext c, Phase phase, List<Work> work, List<OperatorResult> results) {
        List<TraceEvent> events = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < work.size(); i++) {
            Work wk = work.get(i);
            if (!Simulator.inLayerTrace(c, wk.op())) {
                continue;
            }
            OperatorResult r = results.get(i);
            double launch = r.fixedSeconds() - wk.linkFixedSeconds();
            double start = t + launch;
            double roof = r.seconds() - r.fixedSeconds() - r.dequantSeconds();
            Map<String, Double> levelClock = new LinkedHashMap<>();
            for (Flow f : c.arch().flows(wk.demand())) {
                MemoryLevel level = level(c.chip(), f.level());
                double duration = f.bytes() / KernelTimer.bandwidth(level, wk);
                double at = start + levelClock.getOrDefault(f.level(), 0.0);
                levelClock.merge(f.level(), duration, Double::sum);
                events.add(new TransferEvent(wk.op(), f.from(), f.to(), f.payload(), f.level(), f.bytes(), at, duration));
            }
            if (wk.linkBytes() > 0) {
                events.add(new TransferEvent(wk.op(), Endpoint.COMPUTE, Endpoint.NEXT_CHIP, Payload.ACTIVATIONS,
                        Trace.LINK, wk.linkBytes(), start, r.seconds() - launch));
            }
            if (r.ops() > wk.dequantOps()) {
                double peak = c.matrixPeak(wk.computePrecision());
                double utilisation = r.computeSeconds() > 0 ? Math.min(1, r.matrixOps() / r.computeSeconds() / peak) : 0;
                events.add(new ComputeEvent(wk.op(), r.ops() - wk.dequantOps(), utilisation, start, r.computeSeconds()));
            }
            if (r.dequantSeconds() > 0) {
                // the vector units convert the weights once they have arrived, before the next operator
                events.add(new ComputeEvent(wk.op(), wk.dequantOps(), 0, start + roof, r.dequantSeconds()));
            }
            t += r.seconds();
        }
        List<String> levels = c.chip().memory().stream().map(MemoryLevel::name).toList();
        return new Trace(phase, events, levels);
    }

    private static MemoryLevel level(Hardware chip, String name) {
        return chip.memory().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
