package org.memwall.core.model;

import java.util.Locale;

/**
 * What a chip draws from its board, per chip. Three parts: idle power for every second the chip
 * is switched on (a model loaded, nothing running); clocked power for every second its units run
 * kernels, before counting the work they do (clock tree, instruction issue, leakage at operating
 * voltage); and the dynamic energy of the work itself, counted from operations and bytes moved
 * ({@link ComputeSpec}, {@link MemoryLevel}, {@link ChipLink}, {@link CimSpec}), plus the trip
 * every byte of off-chip memory traffic makes across the die. The average never exceeds the
 * board limit.
 *
 * @param boardLimitWatts             the board's power limit (TDP): the most it may draw on average
 * @param idleWatts                   drawn whenever the chip is switched on
 * @param clockedShareOfBoardLimit    clocked power as a share of the board limit (0: none)
 * @param dramPathEnergyPerBitJoules  carrying one bit of off-chip memory traffic from the memory
 *                                    interface to the compute units (memory controller, on-chip
 *                                    network, caches and register files on the way), on top of the
 *                                    memory's own access energy
 * @param clockThrottles              true when the chip lowers its clock to stay within the limit, so
 *                                    work that would draw more takes longer; false: the average is
 *                                    capped and nothing slows
 * @param familyFigures               true when the clocked share and the path energy are the fitted
 *                                    figures of the chip's family rather than the chip's own
 */
public record PowerSpec(
        double boardLimitWatts,
        double idleWatts,
        double clockedShareOfBoardLimit,
        double dramPathEnergyPerBitJoules,
        boolean clockThrottles,
        boolean familyFigures) {

    public PowerSpec {
        Checks.positive("power.boardLimitWatts", boardLimitWatts);
        Checks.nonNegative("power.idleWatts", idleWatts);
        Checks.nonNegative("power.clockedShareOfBoardLimit", clockedShareOfBoardLimit);
        Checks.nonNegative("power.dramPathEnergyPerBitJoules", dramPathEnergyPerBitJoules);
        if (idleWatts + clockedShareOfBoardLimit * boardLimitWatts >= boardLimitWatts) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "power: idle (%.4g W) plus clocked power (%.4g W) must stay below the board limit (%.4g W),"
                            + " or nothing is left for the work", idleWatts, clockedShareOfBoardLimit * boardLimitWatts,
                    boardLimitWatts));
        }
    }

    /** A chip known only by its board limit: no idle or clocked power, no throttling (test chips, older callers). */
    public static PowerSpec boardLimitOnly(double boardLimitWatts) {
        return new PowerSpec(boardLimitWatts, 0, 0, 0, false, false);
    }

    /** Clocked power in watts. */
    public double clockedWatts() {
        return clockedShareOfBoardLimit * boardLimitWatts;
    }

    /** The same chip with its family's figures. */
    public PowerSpec withFamilyFigures(double clockedShare, double dramPathEnergyPerBit) {
        return new PowerSpec(boardLimitWatts, idleWatts, clockedShare, dramPathEnergyPerBit, clockThrottles, familyFigures);
    }
}
