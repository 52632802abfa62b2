package org.memwall.core.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.Trace;

/**
 * Energy per generated token of decode: the ops and bytes of one step, over the batch. The full run
 * and the metrics-only run both come here: {@link #operatorJoules} per operator, {@link #energy}
 * for the step.
 */
final class EnergyModel {
    private EnergyModel() {
    }

    /** Energy per op of a run's chip and format, worked out once per run. */
    record Rates(double matrixJoulesPerOp, double vectorJoulesPerOp) {
        static Rates of(RunContext c) {
            Hardware chip = c.chip();
            double adc = chip.cim().isPresent() ? chip.cim().get().adcEnergyPerOpJoules() : 0.0;
            return new Rates(chip.compute().energyPerOpJoules().get(c.computePrecision()) * c.passes() + adc,
                    chip.compute().vectorEnergyPerOpJoules());
        }
    }

    static Energy energy(RunContext c, PhaseResult decode) {
        Rates rates = Rates.of(c);
        double compute = 0;
        List<OperatorResult> ops = decode.operators();
        for (int i = 0; i < ops.size(); i++) {
            OperatorResult r = ops.get(i);
            compute += operatorJoules(c, rates, r.operator(), r.occurrences(), r.matrixOps(), r.vectorOps());
        }
        return energy(c, compute, decode.bytesByLevelAllChips(), decode.linkBytesAllChips(), decode.stepSeconds());
    }

    /** Compute energy of one operator of a decode step, every copy of it on every chip. */
    static double operatorJoules(RunContext c, Rates rates, Operator op, int occurrences, double matrixOps, double vectorOps) {
        double copies = copies(c, op) * occurrences;
        boolean atPeak = c.arch().matrixOpsAtPeak(op != Operator.ATTENTION);
        return copies * (matrixOps * (atPeak ? rates.matrixJoulesPerOp() : rates.vectorJoulesPerOp())
                + vectorOps * rates.vectorJoulesPerOp());
    }

    /** The step's energy per token from its compute energy, the bytes each level and the link moved, and its time. */
    static Energy energy(RunContext c, double computeJoules, Map<String, Double> bytesByLevelAllChips,
                         double linkBytesAllChips, double stepSeconds) {
        Hardware chip = c.chip();
        double batch = c.w().batch();
        Map<String, Double> byLevel = new LinkedHashMap<>();
        for (MemoryLevel l : chip.memory()) {
            byLevel.put(l.name(), bytesByLevelAllChips.getOrDefault(l.name(), 0.0) * 8 * l.energyPerBitJoules() / batch);
        }
        byLevel.put(Trace.LINK, linkBytesAllChips * 8 * chip.link().energyPerBitJoules() / batch);
        double movement = byLevel.values().stream().mapToDouble(Double::doubleValue).sum();
        double board = c.par().chips() * chip.powerWatts() * stepSeconds / batch;
        return new Energy(computeJoules / batch, movement, byLevel, board);
    }

    private static double copies(RunContext c, Operator op) {
        return op == Operator.PIPELINE_HOP ? 1 : c.par().tensorParallel();
    }
}
