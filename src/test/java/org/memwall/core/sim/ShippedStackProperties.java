package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.memwall.core.energy.Energy;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.trace.Trace;

/**
 * The simulator's physical properties on every shipped chip under every shipped serving stack:
 * more bandwidth never slows a run, more chips never lower the capacity, energy parts add up,
 * and the trace moves the bytes the result counts.
 */
class ShippedStackProperties extends org.memwall.presets.ShippedPresetProperties {
    private static Scenario scenario(Hardware chip, ServingStack stack, TransformerModel model, Precision p, int batch,
                                     int prompt, int output) {
        return Scenario.of(chip, stack, WorkloadDefaults.workload(chip, model, p, batch, prompt, output));
    }

    @Property(tries = 300)
    void moreHbmBandwidthNeverSlowsARun(@ForAll("chips") Hardware chip, @ForAll("stacks") ServingStack stack,
                                        @ForAll("models") TransformerModel model,
                                        @ForAll @IntRange(min = 1, max = 256) int batch,
                                        @ForAll @IntRange(min = 1, max = 4096) int prompt,
                                        @ForAll @DoubleRange(min = 0.5e12, max = 10e12) double bandwidth,
                                        @ForAll @DoubleRange(min = 1.0, max = 8.0) double factor) {
        if (chip.level(MemoryKind.OFF_CHIP_DRAM).isEmpty()) {
            return;
        }
        Scenario s = scenario(chip, stack, model, Precision.FP16, batch, prompt, 128);
        Result slow = sim.numbers(s.withDramBandwidth(bandwidth));
        Result fast = sim.numbers(s.withDramBandwidth(bandwidth * factor));
        assertTrue(fast.secondsPerToken() <= slow.secondsPerToken() * (1 + 1e-12), stack.id());
        assertTrue(fast.timeToFirstTokenSeconds() <= slow.timeToFirstTokenSeconds() * (1 + 1e-12), stack.id());
    }

    @Property(tries = 300)
    void moreChipsNeverLowerTheCapacity(@ForAll("chips") Hardware chip, @ForAll("stacks") ServingStack stack,
                                        @ForAll("models") TransformerModel model,
                                        @ForAll @IntRange(min = 1, max = 256) int batch,
                                        @ForAll @IntRange(min = 1, max = 600) int chips) {
        int most = Simulator.maxChips(chip, model);
        int n = Math.min(chips, most - 1);
        if (n < 1) {
            return;
        }
        Scenario s = scenario(chip, stack, model, Precision.INT8, batch, 512, 256);
        Result fewer = sim.numbers(s.withChips(n));
        Result more = sim.numbers(s.withChips(n + 1));
        assertTrue(more.parallelism().chipsUsed() >= fewer.parallelism().chipsUsed(), chip.id() + " " + n);
        assertTrue(!fewer.fits() || more.fits(), "fits on " + n + " but not on " + (n + 1));
    }

    @Property(tries = 200)
    void energyPartsAddUpAndTraceBytesEqualResultBytes(@ForAll("chips") Hardware chip, @ForAll("stacks") ServingStack stack,
                                                       @ForAll("models") TransformerModel model,
                                                       @ForAll @IntRange(min = 1, max = 64) int batch,
                                                       @ForAll @IntRange(min = 1, max = 2048) int prompt) {
        Precision p = chip.compute().supports(Precision.INT8) ? Precision.INT8 : Precision.FP16;
        Result r = sim.run(scenario(chip, stack, model, p, batch, prompt, 64));
        Energy e = r.energy();
        double levels = e.byLevelJoulesPerToken().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(e.dataMovementJoulesPerToken(), levels, levels * 1e-12);
        for (PhaseResult phase : List.of(r.decode(), r.prefill())) {
            Trace t = phase.phase() == Phase.DECODE ? r.decodeTrace() : r.prefillTrace();
            phase.layerBytesByLevel().forEach((level, bytes) ->
                    assertEquals(bytes, t.totalBytes(level), Math.max(1e-6, bytes * 1e-12), level));
        }
        assertTrue(Double.isFinite(r.tokensPerSecond()) && r.tokensPerSecond() > 0);
    }

    @Property(tries = 100)
    void numbersEqualTheFullRun(@ForAll("chips") Hardware chip, @ForAll("stacks") ServingStack stack,
                                @ForAll("models") TransformerModel model, @ForAll @IntRange(min = 1, max = 128) int batch) {
        Scenario s = scenario(chip, stack, model, Precision.FP16, batch, 256, 64);
        Result full = sim.run(s);
        Result numbers = sim.numbers(s);
        assertEquals(full.secondsPerToken(), numbers.secondsPerToken());
        assertEquals(full.timeToFirstTokenSeconds(), numbers.timeToFirstTokenSeconds());
        assertEquals(full.energy(), numbers.energy());
        assertEquals(full.chipsNeeded(), numbers.chipsNeeded());
    }
}
