package org.memwall.core.energy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The energy of one phase on every chip, by where it goes, and the power it took.
 *
 * @param seconds              the phase's wall time after any throttling to the board limit
 * @param slowdown             seconds over the time at full clock (1 unless the clock throttled)
 * @param idleJoules           idle power of every chip for the whole phase
 * @param clockedJoules        clocked power for the chip-seconds the units ran kernels
 * @param computeJoules        matrix and vector operations
 * @param convertersJoules     CIM converters
 * @param levelJoules          data movement by memory level
 * @param linkJoules           chip-to-chip traffic
 * @param averageWatts         average power per chip powered
 * @param demandWatts          what the work would draw per chip without a board limit
 * @param powerLimited         true when the demand exceeded the board limit
 */
public record PhaseEnergy(
        double seconds,
        double slowdown,
        double idleJoules,
        double clockedJoules,
        double computeJoules,
        double convertersJoules,
        Map<String, Double> levelJoules,
        double linkJoules,
        double averageWatts,
        double demandWatts,
        boolean powerLimited) {

    public PhaseEnergy {
        levelJoules = Collections.unmodifiableMap(new LinkedHashMap<>(levelJoules));
    }

    public double dynamicJoules() {
        return computeJoules + convertersJoules + movementJoules();
    }

    public double movementJoules() {
        return levelJoules.values().stream().mapToDouble(Double::doubleValue).sum() + linkJoules;
    }

    public double staticJoules() {
        return idleJoules + clockedJoules;
    }

    public double totalJoules() {
        return staticJoules() + dynamicJoules();
    }
}
