package org.memwall.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;

class ExplorerViewModelTest {
    private final ExplorerViewModel vm = UiFixtures.viewModel();

    @Test
    void opensWithTheCoresResultForTheInitialSettings() {
        Result expected = UiFixtures.expected(vm.settings());
        assertEquals(1, vm.results().size());
        assertEquals(expected.tokensPerSecondPerUser(), vm.results().get(0).tokensPerSecondPerUser(), 1e-9);
        assertEquals("", vm.problemProperty().get());
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void everySettingReRunsTheCore() {
        List<java.util.function.UnaryOperator<ExplorerSettings>> changes = List.of(
                s -> s.withBatch(8),
                s -> s.withContext(2048),
                s -> s.withPrecision(Precision.INT8),
                s -> s.withHbmBandwidth(OptionalDouble.of(2e12)),
                s -> s.withSramBandwidth(OptionalDouble.of(5e13)),
                s -> s.withProcessNode(OptionalDouble.of(10)),
                s -> s.withChips(4));
        double before = vm.results().get(0).tokensPerSecond();
        for (var change : changes) {
            vm.update(Setting.BATCH, change);
            Result expected = UiFixtures.expected(vm.settings());
            assertEquals(expected.tokensPerSecond(), vm.results().get(0).tokensPerSecond(), expected.tokensPerSecond() * 1e-12);
            assertEquals(expected.energy().joulesPerToken(), vm.results().get(0).energy().joulesPerToken(), 1e-15);
        }
        assertTrue(vm.results().get(0).tokensPerSecond() != before, "the settings changed the throughput");
    }

    @Test
    void aModelThatDoesNotFitSaysWhyAndKeepsTheLastGoodNumbers() {
        vm.update(Setting.CHIPS, s -> s.withChips(1));
        List<Result> good = vm.results();
        vm.update(Setting.MODEL, s -> s.withModel("big"));
        assertTrue(vm.problemProperty().get().contains("does not fit"), vm.problemProperty().get());
        assertTrue(vm.staleProperty().get());
        assertEquals(Optional.of(Setting.MODEL), vm.problemSettingProperty().get());
        assertEquals(good, vm.results(), "the last numbers that worked stay on screen");

        vm.update(Setting.CHIPS, s -> s.withChips(0));
        assertEquals("", vm.problemProperty().get());
        assertFalse(vm.staleProperty().get());
        assertEquals("big", vm.results().get(0).scenario().workload().model().id());
        assertTrue(vm.results().get(0).chips() >= 2);
    }

    @Test
    void aContextLongerThanTheModelWasTrainedForRunsWithANoticeNamingTheLimit() {
        vm.update(Setting.CONTEXT, s -> s.withContext(8192));
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.noticeProperty().get().contains("4096"), vm.noticeProperty().get());
        assertEquals(8192, vm.results().get(0).scenario().workload().contextTokens());
        vm.update(Setting.CONTEXT, s -> s.withContext(1024));
        assertEquals("", vm.noticeProperty().get());
    }

    @Test
    void moreChipsThanTheModelCanBeSplitOverUseTheMostAndSaySo() {
        // the small model: 2 layers x a group of at most 8 on the test GPU = 16 chips
        vm.update(Setting.CHIPS, s -> s.withChips(52));
        assertEquals("", vm.problemProperty().get());
        assertEquals(16, vm.results().get(0).chips());
        assertTrue(vm.noticeProperty().get().contains("16"), vm.noticeProperty().get());
    }

    @Test
    void comparedChipsRunAsTheirPresetsOnTheSameWorkload() {
        vm.update(Setting.HBM_BANDWIDTH, s -> s.withHbmBandwidth(OptionalDouble.of(4e12)));
        vm.update(Setting.COMPARE, s -> s.withCompareIds(List.of("test-lpu", "test-cim")));
        assertEquals(List.of("test-gpu", "test-lpu", "test-cim"),
                vm.results().stream().map(r -> r.hardware().id()).toList());
        Result lpu = UiFixtures.expectedCompared(vm.settings(), "test-lpu");
        assertEquals(lpu.tokensPerSecondPerUser(), vm.results().get(1).tokensPerSecondPerUser(), 1e-9);
        assertEquals(4e12, vm.results().get(0).hardware().level(org.memwall.core.model.MemoryKind.OFF_CHIP_DRAM)
                .orElseThrow().bandwidthBytesPerSecond());
    }

    @Test
    void switchingTheMainChipStartsFromItsPreset() {
        vm.update(Setting.PROCESS_NODE, s -> s.withProcessNode(OptionalDouble.of(22)));
        vm.update(Setting.CHIPS, s -> s.withChips(3));
        vm.update(Setting.HARDWARE, s -> s.withHardware("test-lpu"));
        assertEquals(OptionalDouble.empty(), vm.settings().processNodeNm());
        assertEquals(0, vm.settings().chips());
        assertEquals("test-lpu", vm.results().get(0).hardware().id());
        assertEquals(14, vm.results().get(0).hardware().processNodeNm());
    }

    @Test
    void contextSplitsIntoPromptAndGeneratedTokens() {
        ExplorerSettings s = vm.settings().withContext(128);
        assertEquals(64, s.generatedTokens());
        assertEquals(64, s.promptTokens());
        s = vm.settings().withContext(4096);
        assertEquals(128, s.generatedTokens());
        assertEquals(3968, s.promptTokens());
        // a scenario's own lengths run as they are, even with more output than prompt (as simulate runs them)
        s = vm.settings().withContext(128 + 512).withOutput(512);
        assertEquals(512, s.generatedTokens());
        assertEquals(128, s.promptTokens());
        vm.update(Setting.CONTEXT, x -> x.withContext(128 + 512).withOutput(512));
        assertEquals(512, vm.results().get(0).scenario().workload().outputTokens(), "the core runs the lengths set");
        assertEquals(128, vm.results().get(0).scenario().workload().promptTokens());
    }
}
