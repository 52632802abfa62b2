package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.memwall.ui.tiles.DashboardTiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScenarioGuideTest {
    /** Listed out of claim order: the menu sorts them. */
    private static final GuidedScenario LPU_AGAINST_GPU = new GuidedScenario("lpu-gpu", "The LPU against the GPU", 4,
            "Weights stay in on-chip SRAM on the LPU.", List.of("tokens/s side by side", "chips needed"),
            new ExplorerSettings("test-lpu", List.of("test-gpu"), "small", OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), 4, 512, 64, Precision.INT8, 0),
            List.of());
    private static final GuidedScenario GPU_ALONE = new GuidedScenario("gpu", "Every weight crosses HBM", 2,
            "On the GPU every weight comes from HBM for every token.", List.of("the HBM stacks"),
            new ExplorerSettings("test-gpu", List.of(), "small", OptionalDouble.of(10), OptionalDouble.of(2e12),
                    OptionalDouble.empty(), 1, 256, 64, Precision.FP8, 0),
            List.of());
    private static final GuidedScenario CIM_AGAINST_TWO = new GuidedScenario("cim", "CIM against both", 6,
            "Weights never move on the CIM chip.", List.of("energy per token"),
            new ExplorerSettings("test-cim", List.of("test-gpu", "test-lpu"), "small", OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.INT8, 0),
            List.of("test-gpu"));
    /** Names a chip that is not among the loaded presets, as when a user's preset folder dropped it. */
    private static final GuidedScenario MISSING_CHIP = new GuidedScenario("missing", "A chip that is gone", 5,
            "Cannot be shown.", List.of(),
            new ExplorerSettings("test-gpu", List.of("removed-chip"), "small", OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0),
            List.of());

    private ExplorerViewModel vm;
    private ExplorerWindow window;
    private ScenarioGuide guide;

    @Start
    void start(Stage stage) {
        vm = UiFixtures.viewModel();
        window = new ExplorerWindow(vm, new CanvasAnimation(new PlaybackClock()), Theme.LIGHT,
                List.of(LPU_AGAINST_GPU, MISSING_CHIP, CIM_AGAINST_TWO, GPU_ALONE));
        guide = window.guide();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Test
    void theMenuListsTheScenariosByClaimAndNothingIsChosenAtFirst() {
        assertEquals(List.of("gpu", "lpu-gpu", "missing", "cim"), guide.scenarios().stream().map(GuidedScenario::id).toList());
        assertTrue(guide.menu().getItems().get(0).getText().startsWith("2  Every weight"), guide.menu().getItems().get(0).getText());
        assertFalse(guide.isVisible(), "no scenario chosen: no strip");
        assertEquals(UiFixtures.settings(), vm.settings(), "the window starts on its own settings");
    }

    @Test
    void choosingFromTheMenuSetsItsChipsModelAndPrecisionAndTheTilesShowTheCore(FxRobot robot) {
        robot.clickOn("Scenarios").clickOn("4  The LPU against the GPU");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LPU_AGAINST_GPU.settings(), vm.settings());
        assertEquals("test-lpu", vm.results().get(0).hardware().id());
        assertEquals("test-gpu", vm.results().get(1).hardware().id());
        assertTrue(robot.lookup("#precision-int8").queryAs(ToggleButton.class).isSelected());
        assertEquals("test-lpu", ((Hardware) robot.lookup("#hardware").queryAs(ComboBox.class).getValue()).id(),
                "the chip picker shows the scenario's chip");
        assertTilesShow(UiFixtures.expected(vm.settings()));
        Result gpu = UiFixtures.expectedCompared(vm.settings(), "test-gpu");
        assertEquals(gpu.tokensPerSecondPerUser(), vm.results().get(1).tokensPerSecondPerUser(), 1e-9);

        assertTrue(guide.isVisible());
        assertEquals(LPU_AGAINST_GPU.narrative(), label("#guide-narrative").getText());
        assertTrue(label("#guide-title").getText().contains("Claim 4"), label("#guide-title").getText());
        assertTrue(lookAtText().contains("tokens/s side by side") && lookAtText().contains("chips needed"), lookAtText());
        assertFalse(label("#guide-changed").isVisible());
    }

    @Test
    void sliderChangesKeepTheNarrativeButSayTheSettingsChanged(FxRobot robot) {
        robot.interact(() -> guide.choose("gpu"));
        assertEquals(OptionalDouble.of(2e12), vm.settings().hbmBandwidthBytesPerSecond());
        assertTilesShow(UiFixtures.expected(vm.settings()));

        Slider batch = robot.lookup("#batch-slider").queryAs(Slider.class);
        robot.clickOn(batch).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(GPU_ALONE.settings(), vm.settings());
        assertTrue(guide.changedProperty().get());
        assertTrue(label("#guide-changed").isVisible());
        assertTrue(label("#guide-narrative").isVisible(), "the narrative stays on screen");
        assertEquals(GPU_ALONE.narrative(), label("#guide-narrative").getText());
        assertTilesShow(UiFixtures.expected(vm.settings()));

        robot.clickOn("#guide-restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(GPU_ALONE.settings(), vm.settings());
        assertFalse(guide.changedProperty().get());
    }

    @Test
    void ctrlArrowsAndPageKeysMoveThroughTheScenarios(FxRobot robot) {
        robot.clickOn("#clock");
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(GPU_ALONE), guide.currentProperty().get(), "the first scenario when none was chosen");
        assertEquals(GPU_ALONE.settings(), vm.settings());

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(LPU_AGAINST_GPU), guide.currentProperty().get());
        assertEquals(LPU_AGAINST_GPU.narrative(), label("#guide-narrative").getText());

        // A focused slider keeps its plain arrows; Ctrl+Left still goes to the previous scenario.
        robot.clickOn("#context-slider");
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(GPU_ALONE), guide.currentProperty().get());
        assertEquals(GPU_ALONE.settings(), vm.settings(), "the slider did not move with the shortcut");

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(Optional.of(LPU_AGAINST_GPU), guide.currentProperty().get());
        robot.type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP);
        assertEquals(Optional.of(GPU_ALONE), guide.currentProperty().get(), "the first one stays put");
        assertTrue(window.statusProperty().get().contains("first"), window.statusProperty().get());
    }

    @Test
    void aScenarioNamingAMissingChipIsReportedAndChangesNothing(FxRobot robot) {
        robot.interact(() -> guide.choose("lpu-gpu"));
        ExplorerSettings before = vm.settings();
        boolean[] shown = new boolean[1];
        robot.interact(() -> shown[0] = guide.choose("missing"));
        assertFalse(shown[0]);
        assertTrue(window.statusProperty().get().contains("removed-chip"), window.statusProperty().get());
        assertEquals(before, vm.settings());
        assertEquals(Optional.of(LPU_AGAINST_GPU), guide.currentProperty().get(), "the scenario on screen stays");
        assertEquals("", vm.problemProperty().get());

        // Next skips it, saying so, and shows the one after it.
        robot.clickOn("#clock");
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(CIM_AGAINST_TWO), guide.currentProperty().get());
        assertTrue(window.statusProperty().get().contains("removed-chip"), window.statusProperty().get());
        assertEquals(CIM_AGAINST_TWO.settings(), vm.settings());
        assertEquals(3, vm.results().size());
        assertTrue(label("#guide-not-shown").getText().contains("Test GPU"), label("#guide-not-shown").getText());
    }

    @Test
    void closingHidesTheStripAndKeepsTheSettings(FxRobot robot) {
        robot.interact(() -> guide.choose("lpu-gpu"));
        robot.clickOn("#guide-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(guide.isVisible());
        assertEquals(Optional.empty(), guide.currentProperty().get());
        assertEquals(LPU_AGAINST_GPU.settings(), vm.settings());
        robot.clickOn("#batch-slider").type(KeyCode.RIGHT);
        assertFalse(guide.isVisible(), "without a scenario the sliders work as before");
        assertFalse(guide.changedProperty().get());
    }

    @Test
    void foldingLeavesOnlyTheTitleLine(FxRobot robot) {
        robot.interact(() -> guide.choose("cim"));
        robot.interact(window::layout);
        double open = guide.getHeight();
        robot.clickOn("#guide-fold");
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
        assertFalse(window.lookup("#guide-body").isVisible(), "the narrative and the look-at points are folded away");
        assertTrue(guide.getHeight() < open / 2, "folded " + guide.getHeight() + " vs open " + open);
        assertTrue(label("#guide-title").isVisible());
    }

    private Label label(String id) {
        return (Label) window.lookup(id);
    }

    private String lookAtText() {
        StringBuilder text = new StringBuilder();
        for (Node n : ((javafx.scene.layout.Pane) window.lookup("#guide-look-at")).getChildren()) {
            text.append(((Label) n).getText()).append('\n');
        }
        return text.toString();
    }

    private Tile tile(String id) {
        return (Tile) window.tiles().orElseThrow().lookup("#" + id);
    }

    private void assertTilesShow(Result expected) {
        assertEquals(expected.tokensPerSecondPerUser(), tile(DashboardTiles.SPEED).getValue(),
                expected.tokensPerSecondPerUser() * 1e-9, "tokens/s per user");
        double computePercent = 100 * expected.computeUtilisation();
        Tile compute = tile(DashboardTiles.COMPUTE);
        if (computePercent < 0.1) {
            // too small for one decimal: the gauge reads "<0.1" rather than "0.0"
            assertEquals("<0.1", compute.getCustomDecimalFormat().format(compute.getValue()), "compute used");
            assertTrue(compute.getCustomDecimalFormatEnabled());
        } else {
            assertEquals(computePercent, compute.getValue(), 1e-6, "compute used");
        }
        assertEquals(expected.chipsNeeded(), tile(DashboardTiles.CHIPS).getValue(), 0, "chips needed");
    }
}
