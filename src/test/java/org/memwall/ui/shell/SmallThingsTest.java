package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.TestChips;
import org.memwall.core.model.Hardware;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.model.Setting;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The small things that break trust: a slider pinned past its end, a name with the wrong node, a stale message, the lengths run. */
@ExtendWith(ApplicationExtension.class)
class SmallThingsTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of());
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Test
    void aValueBeyondTheSlidersRangeWidensItInsteadOfPinningTheThumb(FxRobot robot) {
        SliderRow[] row = new SliderRow[1];
        robot.interact(() -> {
            row[0] = new SliderRow("sram-test", "SRAM", "tip", SliderRow.Scale.log10(1, 200), v -> Math.round(v),
                    v -> Math.round(v) + " TB/s", v -> { });
            row[0].show(289);
        });
        assertTrue(row[0].slider().getMax() >= Math.log10(289) - 1e-9, "the range holds the value");
        assertEquals(Math.log10(289), row[0].slider().getValue(), 1e-9, "the thumb stands where the value is");
        assertEquals(289, row[0].value(), 1e-9);
        assertEquals("289 TB/s", row[0].valueLabel().getText());
        robot.interact(() -> row[0].show(50));
        assertEquals(Math.log10(200), row[0].slider().getMax(), 1e-9, "back to the usual range");
    }

    @Test
    void ctrlZUndoesASettingAndCtrlShiftZRedoesIt(FxRobot robot) {
        var before = window.viewModel().settings();
        robot.clickOn("#precision-int8");
        assertEquals(org.memwall.core.model.Precision.INT8, window.viewModel().settings().weightPrecision());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals(before, window.viewModel().settings());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        assertEquals(org.memwall.core.model.Precision.INT8, window.viewModel().settings().weightPrecision());
    }

    @Test
    void aChipsNameSaysTheNodeItRunsAt() {
        Hardware cim = TestChips.cim();
        Hardware named = new Hardware(cim.id(), "Digital SRAM-CIM chip (12 nm, built from published macros)", cim.family(),
                7, cim.dieAreaMm2(), cim.compute(), cim.memory(), cim.link(), cim.powerWatts(), cim.priceUsd(),
                cim.maxTensorParallel(), cim.defaultStack(), cim.cim(), cim.sources());
        assertEquals("Digital SRAM-CIM chip (7 nm, built from published macros)", ChipNames.name(named));
        assertEquals(TestChips.vonNeumann().name(), ChipNames.name(TestChips.vonNeumann()), "a name without a node is left alone");
    }

    @Test
    void aStaleMessageGoesWhenASettingMovesAndTheScenariosLengthsRunExactly(FxRobot robot) {
        robot.interact(() -> window.report("That was the last scenario."));
        assertEquals("That was the last scenario.", window.statusProperty().get());
        robot.interact(() -> window.viewModel().update(Setting.BATCH, s -> s.withBatch(2)));
        assertEquals("", window.statusProperty().get());

        robot.interact(() -> window.viewModel().update(Setting.CONTEXT, s -> s.withContext(700).withOutput(256)));
        var w = window.viewModel().results().get(0).scenario().workload();
        assertEquals(256, w.outputTokens());
        assertEquals(444, w.promptTokens());
        assertEquals("444 + 256", robot.lookup("#context-value").queryAs(javafx.scene.control.Label.class).getText());
    }
}
