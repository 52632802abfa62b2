package org.memwall.core.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.core.stack.ServingStack;

/**
 * Power on every shipped chip under every shipped stack, at any batch and stream count: a chip
 * never draws less than its idle power nor, on average, more than its board limit, in prefill and
 * in decode, in the run and in its other stream count; and the energy parts add up to the total.
 */
class ShippedPowerProperties extends org.memwall.presets.ShippedPresetProperties {
    @Property(tries = 400)
    void idlePowerAtMostTheAverageAtMostTheBoardLimit(@ForAll("chips") Hardware chip, @ForAll("stacks") ServingStack stack,
                                                      @ForAll("models") TransformerModel model,
                                                      @ForAll @IntRange(min = 1, max = 1024) int batch,
                                                      @ForAll @IntRange(min = 1, max = 4096) int prompt,
                                                      @ForAll @IntRange(min = 1, max = 64) int streams) {
        Precision p = chip.compute().supports(Precision.INT8) ? Precision.INT8 : Precision.FP16;
        Scenario s = Scenario.of(chip, stack,
                WorkloadDefaults.workload(chip, model, p, batch, prompt, 128).withConcurrentStreams(streams));
        Result r = sim.numbers(s);
        check(r.hardware(), r.energy(), chip.id() + " " + stack.id() + " " + model.id() + " batch " + batch);
        r.energy().otherStreams().ifPresent(v -> check(r.hardware(), v.energy(), chip.id() + " at " + v.streams() + " streams"));
    }

    private static void check(Hardware chip, Energy e, String what) {
        double idle = chip.power().idleWatts();
        double limit = chip.power().boardLimitWatts();
        for (Energy.PhasePower phase : new Energy.PhasePower[] {e.prefill(), e.decode()}) {
            assertTrue(phase.averageWatts() >= idle * (1 - 1e-9), what + ": " + phase.averageWatts() + " W below idle " + idle);
            assertTrue(phase.averageWatts() <= limit * (1 + 1e-9), what + ": " + phase.averageWatts() + " W above the limit " + limit);
            assertTrue(phase.slowdown() >= 1, what);
            assertTrue(phase.powerLimited() || phase.slowdown() == 1, what);
        }
        double parts = e.breakdown().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(e.acceleratorJoulesPerOutputToken(), parts, parts * 1e-12, what);
        e.breakdown().forEach((part, j) -> assertTrue(j >= 0 && Double.isFinite(j), what + " " + part + " " + j));
        assertTrue(e.staticJoulesPerToken() > 0, what + ": a switched-on chip draws power");
    }
}
