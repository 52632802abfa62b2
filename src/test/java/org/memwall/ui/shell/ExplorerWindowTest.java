package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.StyleClasses;
import org.memwall.ui.theme.Theme;
import org.memwall.ui.tiles.DashboardTiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private ExplorerViewModel vm;
    private ExplorerWindow window;
    private CanvasAnimation animation;
    private PlaybackClock clock;

    @Start
    void start(Stage stage) {
        vm = UiFixtures.viewModel();
        clock = new PlaybackClock();
        animation = new CanvasAnimation(clock);
        window = new ExplorerWindow(vm, animation, Theme.LIGHT);
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Test
    void everySliderReRunsTheCoreAndTheTilesShowItsNumbers(FxRobot robot) {
        robot.clickOn("#chips-auto");
        for (String id : List.of("batch", "context", "node", "hbm", "sram", "chips")) {
            ExplorerSettings before = vm.settings();
            Slider slider = robot.lookup("#" + id + "-slider").queryAs(Slider.class);
            robot.clickOn(slider);
            robot.type(slider.getValue() < slider.getMax() - 1e-9 ? KeyCode.RIGHT : KeyCode.LEFT);
            WaitForAsyncUtils.waitForFxEvents();
            assertNotEquals(before, vm.settings(), id + " changed a setting");
            assertTilesShow(UiFixtures.expected(vm.settings()));
        }
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void switchingHardwareAndModelUpdatesTheTiles(FxRobot robot) {
        choose(robot, "#hardware", "Test LPU");
        assertEquals("test-lpu", vm.settings().hardwareId());
        assertTilesShow(UiFixtures.expected(vm.settings()));
        assertTrue(robot.lookup("#hbm").query().isDisabled(), "an SRAM chip has no HBM slider to move");

        choose(robot, "#model", "Big");
        assertEquals("big", vm.settings().modelId());
        assertTilesShow(UiFixtures.expected(vm.settings()));
        assertEquals(UiFixtures.expected(vm.settings()).chipsNeeded(), (int) tile(DashboardTiles.CHIPS).getValue());
    }

    /**
     * Opens a picker and clicks the item in its list: the same words may also stand on another
     * picker's button (the compare picker shows a chip too), so the click goes to the list cell.
     */
    private static void choose(FxRobot robot, String picker, String item) {
        robot.clickOn(picker);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> item.equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void comparisonShowsBothChipsOnOneTimeBase(FxRobot robot) {
        robot.clickOn("#compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.results().size());
        Result lpu = UiFixtures.expectedCompared(vm.settings(), vm.settings().compareIds().get(0));
        assertEquals(lpu.tokensPerSecondPerUser(), vm.results().get(1).tokensPerSecondPerUser(), 1e-9);
        String note = ((Label) window.tiles().orElseThrow().lookup("#" + DashboardTiles.SPEED + "-note")).getText();
        assertTrue(note.contains(lpu.hardware().name()), note);
        double slowest = vm.results().stream().mapToDouble(r -> r.decodeTrace().durationSeconds()).max().orElseThrow();
        assertEquals(slowest, clock.loopSeconds(), slowest * 1e-9, "both chips play on one time base, as long as the slower one");
        assertTilesShow(UiFixtures.expected(vm.settings()));

        robot.clickOn("#third");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm.results().size());
    }

    @Test
    void anImpossibleSettingSaysWhyAndGreysTheLastNumbers(FxRobot robot) {
        robot.clickOn("#chips-auto");
        Result good = vm.results().get(0);
        robot.clickOn("#model").clickOn("Big");
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#banner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("does not fit"), banner.getText());
        assertTrue(window.controls().row(org.memwall.ui.model.Setting.MODEL).getStyleClass().contains(ControlPanel.INVALID));
        assertTrue(tile(DashboardTiles.SPEED).getStyleClass().contains(StyleClasses.STALE));
        assertTilesShow(good);
        assertFalse(Double.isNaN(tile(DashboardTiles.SPEED).getValue()));

        robot.clickOn("#chips-auto");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible());
        assertFalse(tile(DashboardTiles.SPEED).getStyleClass().contains(StyleClasses.STALE));
        assertTilesShow(UiFixtures.expected(vm.settings()));
    }

    @Test
    void shortcutsDriveThePlaybackAndTheTheme(FxRobot robot) {
        robot.clickOn("#clock");
        robot.type(KeyCode.SPACE);
        assertTrue(clock.playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(clock.playingProperty().get());
        robot.interact(clock::reset);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        double twoSteps = clock.simulatedSeconds();
        assertTrue(twoSteps > 0, "Right steps forward");
        robot.type(KeyCode.LEFT);
        assertTrue(clock.simulatedSeconds() < twoSteps && clock.simulatedSeconds() > 0, "Left steps back");
        robot.type(KeyCode.HOME);
        assertEquals(0, clock.simulatedSeconds());
        robot.type(KeyCode.RIGHT).type(KeyCode.R);
        assertEquals(0, clock.simulatedSeconds());
        robot.clickOn("#step");
        assertTrue(clock.simulatedSeconds() > 0, "the toolbar's step button drives the same clock");

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, window.themeProperty().get());
        assertTrue(window.getScene().getStylesheets().contains(Theme.DARK.palette().stylesheet()));
        assertEquals(Theme.DARK.palette().surface(), tile(DashboardTiles.SPEED).getBackgroundColor());
    }

    @Test
    void exportWritesAPngOrSaysWhyNot(@TempDir Path dir, FxRobot robot) throws Exception {
        Path good = dir.resolve("window.png");
        boolean[] ok = new boolean[2];
        robot.interact(() -> ok[0] = window.exportTo(good, 2));
        assertTrue(ok[0], window.statusProperty().get());
        BufferedImage image = ImageIO.read(good.toFile());
        assertEquals(2560, image.getWidth());
        assertEquals(1440, image.getHeight());

        Path bad = dir.resolve("no-such-folder").resolve("window.png");
        robot.interact(() -> ok[1] = window.exportTo(bad, 1));
        assertFalse(ok[1]);
        assertTrue(window.statusProperty().get().startsWith("Could not save"), window.statusProperty().get());
        assertFalse(Files.exists(bad));
        assertEquals(1, vm.results().size(), "a failed export leaves the scenario alone");
    }

    private Tile tile(String id) {
        return (Tile) window.tiles().orElseThrow().lookup("#" + id);
    }

    private void assertTilesShow(Result expected) {
        assertEquals(expected.tokensPerSecondPerUser(), tile(DashboardTiles.SPEED).getValue(),
                expected.tokensPerSecondPerUser() * 1e-9, "tokens/s per user");
        Tile energy = tile(DashboardTiles.ENERGY);
        double joules = energy.getValue() / ("mJ".equals(energy.getUnit()) ? 1e3 : 1);
        assertEquals(expected.energy().joulesPerToken(), joules, expected.energy().joulesPerToken() * 1e-9, "energy per token");
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
        expected.costUsdPerTokenPerSecond().ifPresent(usd ->
                assertEquals(usd, tile(DashboardTiles.COST).getValue(), usd * 1e-9, "cost per token/s"));
    }
}
