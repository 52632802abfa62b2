package org.memwall.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memwall.lessons.ShippedLessons.atStep;
import static org.memwall.lessons.ShippedLessons.check;
import static org.memwall.lessons.ShippedLessons.lesson;
import static org.memwall.lessons.ShippedLessons.only;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Result;
import org.memwall.economics.PriceBasis;
import org.memwall.history.Series;

/** The claims of the story, checked live on the shipped presets, headless. */
class ClaimsTest {

    @Test
    void theEqualThroughputCornerReproducesBothPublishedRatiosWithinFivePercent() {
        List<Check> checks = atStep("capacity-critique", 1);
        Check hardware = only(checks, "equal-throughput-hardware-38x");
        Check energy = only(checks, "equal-throughput-energy-10x");
        assertEquals(Verdict.HOLDS, hardware.verdict(), hardware.toString());
        assertEquals(Verdict.HOLDS, energy.verdict(), energy.toString());
        assertEquals(11.44 / 0.30, hardware.computed(), 0.05 * 11.44 / 0.30);
        assertEquals(0.762 / 0.072, energy.computed(), 0.05 * 0.762 / 0.072);
    }

    @Test
    void thePriceBasisSwitchFlipsThePerTopsClaim() {
        Setup s = lesson("capacity-critique").setupAt(2);
        Check bom = check("bom-per-tops-lpu-cheaper", s, PriceBasis.BOM, 1);
        Check list = check("bom-per-tops-lpu-cheaper", s, PriceBasis.LIST, 1);
        assertEquals(Verdict.HOLDS, bom.verdict(), bom.toString());
        assertEquals(Verdict.DOES_NOT_HOLD, list.verdict(), list.toString());
        // what the capacity critique computed by hand: 0.67 against 1.68 USD per TOPS
        assertEquals(0.667 / 1.678, bom.computed(), 0.01);
    }

    @Test
    void theStreamCountFlipsThePerTokenClaimAtTheBreakEvenItReports() {
        Setup s = lesson("capacity-critique").setupAt(3);
        Check one = check("bom-per-token-lpu-cheaper", s, PriceBasis.BOM, 1);
        assertEquals(Verdict.DOES_NOT_HOLD, one.verdict(), one.toString());
        // at one stream the ratio is the break-even stream count
        int breakEven = (int) Math.ceil(one.computed());
        assertTrue(one.args().contains(Integer.toString(breakEven)), one.args().toString());
        assertEquals(Verdict.HOLDS, check("bom-per-token-lpu-cheaper", s, PriceBasis.BOM, breakEven).verdict());
        assertNotEquals(Verdict.HOLDS, check("bom-per-token-lpu-cheaper", s, PriceBasis.BOM, breakEven - 1).verdict());
    }

    @Test
    void theLpuSpeedClaimTellsTheGapToThePublishedRateAsTimePerLayer() {
        // Llama 2 70B: 80 layers. Groq's published 300 tok/s per user (measurements.csv cal-4) leaves
        // 1 / (300 x 80) = 41.7 us a layer; the core's rate r leaves 1 / (r x 80)
        Check llama70 = only(atStep("default", 1), "lpu-500-tokens");
        double core = 1 / (llama70.computed() * 80) * 1e6;
        double published = 1 / (300.0 * 80) * 1e6;
        assertEquals(41.6667, published, 1e-4);
        assertEquals(List.of(Numbers.of(llama70.computed()), "Llama 2 70B", llama70.args().get(2), "Groq LPU",
                Numbers.of(core), "80", "@lpu-500-tokens.published", "300", "41.7", Numbers.of(published - core)),
                llama70.args());
        String en = ClaimTexts.english().detail(llama70);
        assertTrue(en.contains("Groq's published 300 tok/s means 41.7 µs per layer"), en);
        assertTrue(ClaimTexts.of(java.util.Locale.SIMPLIFIED_CHINESE).detail(llama70).contains("Groq 公布的 300 tok/s"));

        // Mixtral 8x7B: 32 layers, now placed on LPUs (its experts over groups of chips); no published
        // run of it ships, so the article's 500 tok/s: 1 / (500 x 32) = 62.5 us a layer
        Check mixtral = only(atStep("default", 2), "lpu-500-tokens");
        assertTrue(Double.isFinite(mixtral.computed()), mixtral.toString());
        assertEquals("@lpu-500-tokens.articles", mixtral.args().get(6));
        assertEquals("500", mixtral.args().get(7));
        assertEquals("62.5", mixtral.args().get(8));

        // Llama 2 7B: 32 layers, Groq's 750 tok/s (an unscored vendor claim): 1 / (750 x 32) = 41.7 us
        Check llama7 = only(atStep("default", 3), "lpu-500-tokens");
        assertEquals(List.of("@lpu-500-tokens.published", "750", "41.7"), llama7.args().subList(6, 9));
    }

    @Test
    void atBatch256TheH200FallsBehindItsBandwidthBecauseFewerChipsHoldTheKvCache() {
        Check one = only(atStep("hbm-near-memory", 0), "h200-follows-hbm");
        Check many = only(atStep("hbm-near-memory", 1), "h200-follows-hbm");
        assertNotEquals(Verdict.DOES_NOT_HOLD, one.verdict(), one.toString());
        assertEquals(Verdict.DOES_NOT_HOLD, many.verdict(), many.toString());
        assertTrue(many.computed() < one.computed());
        List<Result> results = Runs.results(lesson("hbm-near-memory").setupAt(1), ShippedLessons.PROBE);
        assertTrue(results.get(0).chips() > results.get(1).chips(), "auto picks more H100s than H200s at batch 256");
    }

    @Test
    void theSramBandwidthClaimIsPartlyTrueAt24xNot30x() {
        Check c = only(atStep("default", 0), "sram-30x-hbm");
        assertEquals(Verdict.PARTLY, c.verdict());
        assertEquals(80.0 / 3.35, c.computed(), 1e-9);
    }

    @Test
    void theWeightsAloneCountMatches305AndTheDeployedCountComesFromTheCore() {
        List<Check> checks = atStep("capacity-critique", 0);
        Check alone = only(checks, "chips-for-weights");
        Check deployed = only(checks, "chips-deployed");
        assertEquals(Verdict.HOLDS, alone.verdict(), alone.toString());
        Result lpu = Runs.results(lesson("capacity-critique").setupAt(0), ShippedLessons.PROBE).get(0);
        assertEquals(lpu.chipsNeeded(), deployed.computed());
        assertTrue(deployed.computed() > alone.computed(), "KV cache and the usable share add chips");
    }

    @Test
    void theGapClaimIsCheckedAgainstTheFitThroughTheShippedHistory() {
        var history = ShippedLessons.CATALOG.history().orElseThrow();
        assertEquals(75, history.chips().size());
        Check c = only(atStep("memory-wall", 1), "gap-grows-50-percent");
        double fitted = 100 * (history.trend(Series.PEAK_COMPUTE).orElseThrow().growthPerYear()
                / history.trend(Series.DRAM_BANDWIDTH).orElseThrow().growthPerYear() - 1);
        assertEquals(fitted, c.computed(), 1e-9);
        assertEquals(new Expectation.Near(50, 0.10, 0.40).judge(fitted), c.verdict());
    }

    @Test
    void theCimNodeClaimReportsANodeWhereTheGpuMatchesPerChipOrSaysThereIsNone() {
        Check speed = only(atStep("cim-four-generations", 0), "cim-matches-gpu-node");
        Check energy = only(atStep("cim-four-generations", 1), "cim-energy-matches-gpu-node");
        var nodes = ShippedLessons.PROBE.nodes();
        if (speed.computedValue().isPresent()) {
            assertTrue(speed.computed() >= nodes.smallestNm() && speed.computed() <= nodes.largestNm(), speed.toString());
            assertTrue(speed.detailKey().endsWith(".detail"));
        } else {
            assertTrue(speed.detailKey().endsWith(".never") || speed.detailKey().endsWith(".always"));
        }
        assertNotEquals(Verdict.CANNOT_CHECK, energy.verdict());
        // a bigger CIM node (slower macros) never lets the GPU match at a smaller node than before
        Check at16 = only(atStep("cim-four-generations", 2), "cim-matches-gpu-node");
        if (speed.computedValue().isPresent() && at16.computedValue().isPresent()) {
            assertTrue(at16.computed() >= speed.computed() - 1e-9, speed + " then " + at16);
        }
    }

    @Test
    void aClaimAboutAChipThatIsNotOnScreenCannotBeChecked() {
        Setup gpuAlone = lesson("von-neumann-path").setupAt(0);
        Check c = check("sram-30x-hbm", gpuAlone, PriceBasis.LIST, 1);
        assertEquals(Verdict.CANNOT_CHECK, c.verdict());
        assertEquals("missing.family.sram", c.detailKey());
        assertTrue(c.computedValue().isEmpty());
    }

    @Test
    void batchingTurnsEveryWeightEveryTokenIntoAFractionOfTheWeights() {
        Check one = only(atStep("von-neumann-path", 0), "every-weight-every-token");
        Check batch = only(atStep("von-neumann-path", 2), "every-weight-every-token");
        assertEquals(Verdict.HOLDS, one.verdict());
        assertEquals(Verdict.DOES_NOT_HOLD, batch.verdict());
        assertTrue(batch.computed() < one.computed() / 10);
    }

    @Test
    void verdictsFollowTheExpectations() {
        var near = new Expectation.Near(30, 0.10, 0.35);
        assertEquals(Verdict.HOLDS, near.judge(27.5));
        assertEquals(Verdict.PARTLY, near.judge(23.9));
        assertEquals(Verdict.DOES_NOT_HOLD, near.judge(15));
        assertEquals(Verdict.HOLDS, new Expectation.AtMost(1, 1, 1.1).judge(0.4));
        assertEquals(Verdict.PARTLY, new Expectation.AtMost(1, 1, 1.1).judge(1.05));
        assertEquals(Verdict.DOES_NOT_HOLD, new Expectation.AtLeast(2, 2, 1).judge(0.5));
        assertFalse(OptionalDouble.empty().isPresent());
    }
}
