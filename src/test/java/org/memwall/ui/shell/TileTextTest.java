package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.ui.NodeChecks;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.Setting;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.memwall.ui.tiles.DashboardTiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tiles' type keeps its size through a theme switch and an error banner: nothing grows and gets cut off. */
@ExtendWith(ApplicationExtension.class)
class TileTextTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of());
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
    }

    /** Each text's font size in the tiles, by tile and text. */
    private Map<String, Double> sizes(FxRobot robot) {
        Map<String, Double> out = new LinkedHashMap<>();
        robot.interact(() -> {
            for (String id : List.of(DashboardTiles.SPEED, DashboardTiles.ENERGY, DashboardTiles.CHIPS, DashboardTiles.COST)) {
                int i = 0;
                for (Node n : NodeChecks.all(window.lookup("#" + id))) {
                    if (n instanceof Text t && t.isVisible()) {
                        out.put(id + "#" + i++, t.getFont().getSize());
                    }
                }
            }
        });
        return out;
    }

    @Test
    void aThemeSwitchAndABannerLeaveTheTilesTypeAsItWas(FxRobot robot) {
        assertFalse(window.tilesCompact(), "the tiles, not their column, at 1600 px");
        Map<String, Double> before = sizes(robot);
        assertTrue(before.size() >= 8, before.toString());
        assertTrue(before.values().stream().anyMatch(s -> s > 30), "the numbers are large: " + before);

        robot.interact(() -> window.themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, sizes(robot), "after a theme switch");

        robot.interact(() -> window.viewModel().update(Setting.MODEL, s -> s.withModel("big").withChips(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.viewModel().problemProperty().get().isEmpty(), "the banner is up");
        robot.interact(() -> window.viewModel().update(Setting.MODEL, s -> s.withModel("small").withChips(0)));
        robot.interact(() -> window.themeProperty().set(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, sizes(robot), "after the banner came and went");
    }
}
