package org.memwall.core.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.Trace;

/** Energy per generated token of decode: the ops and bytes of one step, over the batch. */
final class EnergyModel {
    private EnergyModel() {
    }

    static Energy energy(RunContext c, PhaseResult decode) {
        Hardware chip = c.chip();
        double perOp = chip.compute().energyPerOpJoules().get(c.computePrecision()) * c.passes()
                + chip.cim().map(x -> x.adcEnergyPerOpJoules()).orElse(0.0);
        double vectorPerOp = chip.compute().vectorEnergyPerOpJoules();
        double batch = c.w().batch();
        double compute = 0;
        Map<String, Double> byLevel = new LinkedHashMap<>();
        for (OperatorResult r : decode.operators()) {
            double copies = copies(c, r.operator()) * r.occurrences();
            boolean atPeak = c.arch().matrixOpsAtPeak(r.operator() != Operator.ATTENTION);
            compute += copies * (r.matrixOps() * (atPeak ? perOp : vectorPerOp) + r.vectorOps() * vectorPerOp);
        }
        for (MemoryLevel l : chip.memory()) {
            byLevel.put(l.name(), decode.bytesByLevelAllChips().getOrDefault(l.name(), 0.0) * 8 * l.energyPerBitJoules() / batch);
        }
        byLevel.put(Trace.LINK, decode.linkBytesAllChips() * 8 * chip.link().energyPerBitJoules() / batch);
        double movement = byLevel.values().stream().mapToDouble(Double::doubleValue).sum();
        double board = c.par().chips() * chip.powerWatts() * decode.stepSeconds() / batch;
        return new Energy(compute / batch, movement, byLevel, board);
    }

    private static double copies(RunContext c, Operator op) {
        return op == Operator.PIPELINE_HOP ? 1 : c.par().tensorParallel();
    }
}
