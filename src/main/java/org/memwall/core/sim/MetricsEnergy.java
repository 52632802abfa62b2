package org.memwall.core.sim;

import org.memwall.core.energy.PowerModel;

/**
 * A metrics-only run's energy per output token and each phase's time after the board limit: the
 * arithmetic of {@link RunPower#of} and {@link org.memwall.core.energy.Energy#of} on plain numbers,
 * with no activity or energy records and no breakdown (a map cell needs the total only). Equal to
 * the full run's figures up to the order of the sums (a few ulps).
 */
record MetricsEnergy(double joulesPerToken, double prefillSeconds, double decodeSeconds) {

    static MetricsEnergy of(RunContext c, MetricsPhase prefill, MetricsPhase decode) {
        int streams = RunPower.streamsInFlight(c);
        PowerModel.Budget pre = budget(c, prefill, 1);
        PowerModel.Budget dec = budget(c, decode, streams);
        int steps = c.w().outputTokens();
        double tokens = (double) c.w().batch() * streams * steps;
        // every stream has its own prefill pass and they share the chips' idle power while it runs
        double idle = pre.idleJoules() + steps * dec.idleJoules();
        double clocked = streams * pre.clockedJoules() + steps * dec.clockedJoules();
        double work = streams * prefill.table().dynamicJoules() * pre.dynamicScale()
                + steps * streams * decode.table().dynamicJoules() * dec.dynamicScale();
        return new MetricsEnergy((idle + clocked + work) / tokens, pre.seconds(), dec.seconds());
    }

    /** One phase with {@code streams} streams in flight, as {@link RunPower#activity} and the power model see it. */
    private static PowerModel.Budget budget(RunContext c, MetricsPhase p, int streams) {
        double seconds = RunPower.stepSeconds(c, p, streams);
        double busyWall = Math.min(seconds, streams * p.busyPathSeconds());
        return PowerModel.budget(c.chip(), c.par().chips(), seconds, Math.max(0, seconds - busyWall),
                p.busyChipSeconds() * streams, p.table().dynamicJoules() * streams);
    }
}
