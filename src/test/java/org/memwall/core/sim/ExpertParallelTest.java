package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.memwall.core.TestChips;
import org.memwall.core.arch.Architecture;
import org.memwall.core.energy.Energy;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.ChipLink;
import org.memwall.core.model.FfnKind;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.PowerSpec;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.UnitShape;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/**
 * Expert parallelism: a mixture of experts' layer spread over several groups of chips when its
 * layers' groups cannot take the chips it needs. Hand-worked on a small model and a small SRAM chip.
 *
 * <p>The model: 2 layers, hidden 1024, 8 heads of 128 (8 KV heads), SwiGLU experts of width 2048,
 * 8 experts, 2 per token, vocabulary 1000. Per layer: QKV 1024 x 24 x 128 = 3,145,728; output
 * 1,048,576; one expert 3 x 1024 x 2048 = 6,291,456 (eight: 50,331,648); router 1024 x 8 = 8,192;
 * norms 2,048. Shared (everything but the experts): 4,204,544; a layer 54,536,192. All of it:
 * 2 x 54,536,192 + embedding 1,024,000 + final norm 1,024 + LM head 1,024,000 = 111,121,408.
 */
class ExpertParallelTest {
    private final Simulator sim = new Simulator(TestChips.nodes());

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, () -> "expected " + expected + " got " + actual);
    }

    private static TransformerModel moe() {
        return new TransformerModel("moe-ep", "MoE EP", 2, 1024, 8, 8, 128, 2048, FfnKind.SWIGLU, 1000, 8, 2, 4096,
                0.1, List.of("test fixture"));
    }

    /** The test LPU with 10 MB of SRAM (1e13 B/s, all sustained); link 1e11 B/s, 0.5 us per hop; groups up to 8. */
    private static Hardware smallLpu() {
        Hardware t = TestChips.sramDataflow();
        return new Hardware("small-lpu", "Small LPU", ArchitectureFamily.SRAM_DATAFLOW, 14, 700,
                TestChips.compute(UnitShape.SYSTOLIC_ARRAY),
                List.of(new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 10e6, 1e13, 0.5e-12, 0, 1.0)),
                new ChipLink(1e11, 0.5e-6, 10e-12), new PowerSpec(200, 40, 0.2, 0, false, false), OptionalDouble.of(20_000),
                8, t.defaultStack(), Optional.empty(), List.of("test fixture"));
    }

    /** fp16 throughout, batch 1, prompt 8, output 2: KV cache 1 x 10 tokens x (2 x 2 x 8 x 128) x 2 B = 81,920 B. */
    private static Workload workload() {
        return new Workload(moe(), Precision.FP16, Precision.FP16, Precision.FP16, Precision.FP16, 1, 8, 2);
    }

    private Scenario scenario() {
        return TestChips.scenario(smallLpu(), workload());
    }

    @Test
    void theBusiestGroupsTouchedExpertsAreTheExpectedMaximumOfBinomialCounts() {
        // one token, 2 of 8 experts: each touched with p = 1 - 6/8 = 1/4. Two groups of 4: a group's
        // count is binomial(4, 1/4): F(0) = (3/4)^4 = 81/256, F(1) = 81/256 + 4 x 1/4 x 27/64 = 189/256,
        // F(2) = 189/256 + 6 x 1/16 x 9/16 = 243/256, F(3) = 243/256 + 4 x 1/64 x 3/4 = 255/256.
        // E[max] = (1 - (81/256)^2) + (1 - (189/256)^2) + (1 - (243/256)^2) + (1 - (255/256)^2)
        //        = 0.8998870849609375 + 0.4549407958984375 + 0.0989837646484375 + 0.0077972412109375
        //        = 1.46160888671875 (23,947 / 16,384): more than half the 2 touched, fewer than both
        assertClose(23_947.0 / 16_384, ExpertGroups.busiest(8, 2, 1, 2));
        // 4 experts, 1 per token, two groups of 2: p = 1/4, F(0) = 9/16, F(1) = 9/16 + 2 x 1/4 x 3/4 = 15/16;
        // E[max] = (1 - 81/256) + (1 - 225/256) = 175/256 + 31/256 = 206/256 = 0.8046875
        assertClose(0.8046875, ExpertGroups.busiest(4, 1, 1, 2));
        // one group is all of them: 8 x (1 - (3/4)^3) = 8 x 37/64 = 4.625 at three tokens
        assertClose(4.625, ExpertGroups.busiest(8, 2, 3, 1));
        assertClose(4.625, ExpertGroups.touched(8, 2, 3));
        // so many tokens that every expert is touched: the busiest group holds all of its 8 / 4 = 2
        assertClose(2, ExpertGroups.busiest(8, 2, 100_000, 4));
    }

    @Test
    void expertsSpreadOverGroupsOnlyBeyondWhatTheLayersGroupsTake() {
        Hardware chip = smallLpu();
        TransformerModel m = moe();
        // 2 layers x a group of 8 = 16 chips without expert groups; x 8 expert groups = 128
        assertEquals(128, Simulator.maxChips(chip, m));
        assertEquals("2 layers x a tensor-parallel group of 8 x 8 expert groups", Simulator.maxChipsReason(chip, m));
        assertEquals(new Parallelism(16, 16, 8, 2, 1), Split.of(chip, m, 16));
        // 17 chips: two groups of 8 would leave one stage (16 chips); the pipeline of 2 stages of 8 wins the tie
        assertEquals(new Parallelism(17, 16, 8, 2, 1), Split.of(chip, m, 17));
        // 32 chips: 8-way attention, experts over 2 groups, 2 stages (the fewest groups of the 32-chip splits)
        assertEquals(new Parallelism(32, 32, 8, 2, 2), Split.of(chip, m, 32));
        assertEquals(new Parallelism(128, 128, 8, 2, 8), Split.of(chip, m, 128));
        // a dense model never spreads: 2 layers x 8 = 16 chips at most
        assertEquals(16, Simulator.maxChips(chip, TestChips.smallModel()));
        assertEquals("2 layers x a tensor-parallel group of 8", Simulator.maxChipsReason(chip, TestChips.smallModel()));
    }

    @Test
    void theBusiestChipHoldsTheAttentionOnceForEveryExpertGroup() {
        Hardware chip = smallLpu();
        ServingStack stack = TestChips.stack(chip);
        Architecture arch = Architecture.of(chip);
        Workload w = workload();
        // without expert groups: (111,121,408 x 2 B + 81,920 B) / 10 MB = 22.2324736 chips' worth
        assertClose(22.2324736, Capacity.rawChips(chip, stack, arch, w));
        assertClose(22.2324736, Capacity.rawChips(chip, stack, arch, w, new Parallelism(16, 16, 8, 2)));
        // experts over 2 groups: a first-group chip holds 1/8 of the layer's attention, router, norms and
        // KV cache besides 1/8 of 4 experts, as if the shared weights and the KV cache were there twice:
        // (111,121,408 + 2 layers x 4,204,544) x 2 B + 2 x 81,920 B = 239,224,832 B -> 23.9224832 chips
        assertClose(23.9224832, Capacity.rawChips(chip, stack, arch, w, new Parallelism(32, 32, 8, 2, 2)));
        assertTrue(Capacity.holds(chip, stack, arch, w, new Parallelism(32, 32, 8, 2, 2)));
        assertFalse(Capacity.holds(chip, stack, arch, w, new Parallelism(16, 16, 8, 2)));

        // so the fewest chips: 23 to 31 still split as 16 (two stages of 8), 32 hold it
        Result r = sim.run(scenario());
        assertEquals(32, r.chipsNeeded());
        assertTrue(r.fits());
        assertEquals(new Parallelism(32, 32, 8, 2, 2), r.parallelism());
        Result short1 = sim.run(scenario().withChips(31));
        assertFalse(short1.fits());
        assertEquals(16, short1.parallelism().chipsUsed());
    }

    @Test
    void aLayerWaitsForTheBusiestExpertChipBetweenADispatchAndACombine() {
        Result r = sim.run(scenario());
        // dispatch: one token's activations, 1024 x 2 B = 2,048 B at 1e11 B/s = 20.48 ns, plus the stack's
        // per-call cost (0) and one link latency of 0.5 us = 0.52048 us; the combine the same
        OperatorResult dispatch = r.decode().operator(Operator.EXPERT_DISPATCH);
        assertClose(2_048, dispatch.linkBytes());
        assertClose(20.48e-9 + 0.5e-6, dispatch.seconds());
        assertClose(20.48e-9 + 0.5e-6, r.decode().operator(Operator.EXPERT_COMBINE).seconds());
        // FFN: 2 experts touched (8 x (1 - 3/4)), the busiest of 2 groups 1.46160888671875 of them,
        // a share of 1.46160888671875 / 2 = 0.730804443359375 of the layer's FFN on its 8 chips.
        // Ops: 2 x (2 x 6,291,456 + 8,192) = 25,182,208 x 0.730804443359375 / 8 = 2,300,408.6875 on one chip.
        // SRAM: weights 12,591,104 x 2 B / 8 = 3,147,776 and activations 1 x (2 x 1024 + 2 x 2 x 2048) x 2 B
        // = 20,480, both x the share: 3,168,256 x 0.730804443359375 = 2,315,375.5625 B at 1e13 B/s
        // = 0.23153755625 us, more than the ops at 5e14 ops/s (4.6 ns)
        OperatorResult ffn = r.decode().operator(Operator.FFN);
        assertClose(2_300_408.6875, ffn.matrixOps());
        assertClose(2_315_375.5625, ffn.bytesByLevel().get("SRAM"));
        assertClose(0.23153755625e-6, ffn.seconds());
        assertEquals(Bound.MEMORY, ffn.bound());
    }

    @Test
    void everyChipsWorkIsCountedOnceHoweverTheExpertsAreSpread() {
        // the same 8-way attention and 2 stages, the experts on the attention's group (16 chips) or over 2 groups (32)
        Result one = sim.run(scenario().withChips(16));
        Result two = sim.run(scenario().withChips(32));
        assertEquals(1, one.parallelism().expertParallel());
        assertEquals(2, two.parallelism().expertParallel());
        // the FFN's copies add up to the layer's whole work: 25,182,208 ops per layer either way
        double ffnOne = one.decode().operator(Operator.FFN).matrixOps() * 8 * 2;
        double ffnTwo = two.decode().operator(Operator.FFN).matrixOps() * (8 / 0.730804443359375) * 2;
        assertClose(2 * 25_182_208.0, ffnOne);
        assertClose(2 * 25_182_208.0, ffnTwo);
        assertEquals(one.decode().opsAllChips(), two.decode().opsAllChips(), one.decode().opsAllChips() * 1e-12);
        assertEquals(one.decode().bytesByLevelAllChips().get("SRAM"), two.decode().bytesByLevelAllChips().get("SRAM"),
                one.decode().bytesByLevelAllChips().get("SRAM") * 1e-12);
        // link bytes of a step, all chips. All-reduce: 2 x 7/8 x 2,048 = 3,584 B per chip; hop 2,048 B.
        // 16 chips: 2 all-reduces x 2 layers x 8 chips x 3,584 + 2,048 = 116,736 B.
        // 32 chips: attention 2 x 8 x 3,584 = 57,344; FFN over both groups 2 x 16 x 3,584 = 114,688;
        // dispatch and combine 2 x 2 layers x 8 chips x 2,048 = 65,536; hop 2,048: 239,616 B
        assertClose(116_736, one.decode().linkBytesAllChips());
        assertClose(239_616, two.decode().linkBytesAllChips());
        // the energy's parts still add up to its total
        Energy e = two.energy();
        double parts = e.breakdown().values().stream().mapToDouble(Double::doubleValue).sum();
        assertClose(e.acceleratorJoulesPerOutputToken(), parts);
        // and the metrics-only path gives the same figures
        MetricsProperties.assertAgree(Metrics.of(two), sim.metrics(scenario()));
    }
}
