package org.memwall.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chip can compute.
 *
 * @param peakOpsPerSecond        dense matrix peak per precision (2 ops per multiply-accumulate)
 * @param energyPerOpJoules       energy of one matrix op per precision at the chip's own node
 * @param vectorOpsPerSecond      peak of the non-matrix units (norms, softmax, dequantisation)
 * @param vectorEnergyPerOpJoules energy of one vector op
 * @param unitCount               matrix units drawn on the canvas (SMs, MXUs, CIM macros)
 * @param unitRows                rows of one unit's multiply array (4 for a V100 tensor core block)
 * @param unitColumns             columns of one unit's multiply array
 */
public record ComputeSpec(
        Map<Precision, Double> peakOpsPerSecond,
        Map<Precision, Double> energyPerOpJoules,
        double vectorOpsPerSecond,
        double vectorEnergyPerOpJoules,
        UnitShape shape,
        int unitCount,
        int unitRows,
        int unitColumns,
        double clockHz) {

    public ComputeSpec {
        Objects.requireNonNull(shape, "shape");
        if (peakOpsPerSecond.isEmpty()) {
            throw new IllegalArgumentException("peakOpsPerSecond needs at least one precision");
        }
        peakOpsPerSecond.forEach((p, v) -> Checks.positive("peakOpsPerSecond", p.id(), v));
        energyPerOpJoules.forEach((p, v) -> Checks.nonNegative("energyPerOpJoules", p.id(), v));
        for (Precision p : peakOpsPerSecond.keySet()) {
            if (!energyPerOpJoules.containsKey(p)) {
                throw new IllegalArgumentException("energyPerOpJoules." + p.id() + " is missing (peakOpsPerSecond has it)");
            }
        }
        peakOpsPerSecond = Collections.unmodifiableMap(new EnumMap<>(peakOpsPerSecond));
        energyPerOpJoules = Collections.unmodifiableMap(new EnumMap<>(energyPerOpJoules));
        Checks.positive("vectorOpsPerSecond", vectorOpsPerSecond);
        Checks.nonNegative("vectorEnergyPerOpJoules", vectorEnergyPerOpJoules);
        Checks.positive("unitCount", unitCount);
        Checks.positive("unitRows", unitRows);
        Checks.positive("unitColumns", unitColumns);
        Checks.positive("clockHz", clockHz);
    }

    public boolean supports(Precision precision) {
        return peakOpsPerSecond.containsKey(precision);
    }

    public Optional<Double> peak(Precision precision) {
        return Optional.ofNullable(peakOpsPerSecond.get(precision));
    }

    /**
     * The format a chip really computes {@code wanted} in: the format itself when it has units for
     * it, otherwise the widest format it has (an int4 request on a chip without int4 runs as int8
     * or fp16).
     */
    public Precision bestFor(Precision wanted) {
        if (supports(wanted)) {
            return wanted;
        }
        for (Precision p : new Precision[] {Precision.INT8, Precision.FP8, Precision.FP16, Precision.INT4}) {
            if (p.bits() >= wanted.bits() && supports(p)) {
                return p;
            }
        }
        return peakOpsPerSecond.keySet().iterator().next();
    }
}
