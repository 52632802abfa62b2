package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every mistake gives a non-zero exit and one line that names it, never a stack trace. */
class BadArgumentsTest {

    private static String fails(String... args) {
        CliRun run = CliRun.of(args);
        assertNotEquals(0, run.exitCode(), "should fail: " + String.join(" ", args));
        assertEquals(1, run.errLines().length, "one line, got:\n" + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals("", run.out(), "nothing on stdout");
        return run.err();
    }

    @Test
    void unknownHardwareListsTheKnownIds() {
        String msg = fails("simulate", "--hardware", "h200-typo", "--model", "test-7b");
        assertTrue(msg.contains("h200-typo") && msg.contains("test-gpu") && msg.contains("test-lpu"), msg);
    }

    @Test
    void unknownModelListsTheKnownIds() {
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "gpt-9");
        assertTrue(msg.contains("gpt-9") && msg.contains("test-7b") && msg.contains("test-70b"), msg);
    }

    @Test
    void negativeBandwidth() {
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--hbm-bandwidth", "-1");
        assertTrue(msg.contains("--hbm-bandwidth") && msg.contains("between 0.001 and 1,000,000 TB/s"), msg);
        String sram = fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--sram-bandwidth", "0");
        assertTrue(sram.contains("--sram-bandwidth"), sram);
    }

    @Test
    void batchZero() {
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--batch", "0");
        assertTrue(msg.contains("--batch") && msg.contains("at least 1"), msg);
    }

    @Test
    void modelThatDoesNotFitSaysHowManyChipsItNeeds() {
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "test-70b", "--chips", "1");
        int needed = new org.memwall.core.sim.Simulator(TestChips.nodes()).run(TestChips.scenario(TestChips.gpu(),
                org.memwall.core.sim.WorkloadDefaults.workload(TestChips.gpu(), TestChips.large(),
                        org.memwall.core.model.Precision.FP16, 1, 512, 256))).chipsNeeded();
        assertTrue(needed > 1, "the fixture model must not fit on one chip");
        assertTrue(msg.contains("does not fit") && msg.matches("(?s).*needs[^0-9]*" + needed + "\\b.*"), msg);
    }

    @Test
    void nodeOutsideTheTableSaysTheRange() {
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--node", "1");
        assertTrue(msg.contains("--node") && msg.contains("3 to 28 nm"), msg);
    }

    @Test
    void hbmBandwidthOnAChipWithoutHbm() {
        String msg = fails("simulate", "--hardware", "test-lpu", "--model", "test-7b", "--hbm-bandwidth", "5");
        assertTrue(msg.contains("test-lpu") && msg.contains("HBM"), msg);
    }

    @Test
    void unknownPrecisionAndFormatAndMissingOptions() {
        assertTrue(fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--precision", "fp3").contains("fp3"));
        assertTrue(fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--format", "xml").contains("xml"));
        assertTrue(fails("simulate", "--model", "test-7b").contains("--hardware"));
        assertTrue(fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--batch", "many").contains("many"));
        assertTrue(fails("frobnicate").contains("frobnicate"));
    }

    @Test
    void aContextLongerThanTheModelWasTrainedForIsAWarningThatNamesTheLimit() {
        CliRun run = CliRun.of("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--prompt", "4000", "--output", "500");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("warning: ") && run.err().contains("4096") && run.err().contains("4500"), run.err());
    }

    @Test
    void moreChipsThanTheModelCanBeSplitOverAreRefusedWithTheMost() {
        // test-7b: 32 layers x a tensor-parallel group of at most 8 = 256 chips
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--chips", "257");
        assertTrue(msg.contains("--chips 257") && msg.contains("at most 256"), msg);
    }

    @Test
    void chipsZeroIsNotAChipCount() {
        String msg = fails("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--chips", "0");
        assertTrue(msg.contains("--chips"), msg);
    }

    @Test
    void compareNeedsTwoOrThreeChips() {
        assertTrue(fails("compare", "--hardware", "test-gpu", "--model", "test-7b").contains("two or three"));
        assertTrue(fails("compare", "--hardware", "test-gpu,test-lpu,test-cim,test-gpu", "--model", "test-7b")
                .contains("two or three"));
    }

    @Test
    void sweepValuesMustSuitTheParameter() {
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--values", "1,2.5")
                .contains("whole numbers"));
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--values", "1,x")
                .contains("'x'"));
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "speed", "--values", "1")
                .contains("speed"));
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--range", "8:1:1")
                .contains("--range"));
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--range", "1:8:0")
                .contains("step"));
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch").contains("--values"));
        assertTrue(fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "node", "--values", "7,2")
                .contains("outside"));
    }
}
