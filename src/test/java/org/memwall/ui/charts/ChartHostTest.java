package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts side by side while each gets its minimum width, the rest in tabs, all in tabs when narrow. */
@ExtendWith(ApplicationExtension.class)
class ChartHostTest {
    private ChartHost host;
    private final List<Region> charts = List.of(new Region(), new Region(), new Region(), new Region());
    private StackPane root;

    @Start
    void start(Stage stage) {
        host = new ChartHost();
        String[] ids = {"time", "roofline", "energy", "memory-wall"};
        String[] keys = {"tab.time", "tab.roofline", "tab.energy", "tab.memoryWall"};
        for (int i = 0; i < ids.length; i++) {
            charts.get(i).setId("chart-" + ids[i]);
            host.add(ids[i], keys[i], charts.get(i), org.memwall.ui.i18n.Messages.of(ChartHost.class));
        }
        root = new StackPane(host);
        stage.setScene(new Scene(root, 1600, 300));
        stage.show();
    }

    private void width(FxRobot robot, double w) {
        robot.interact(() -> {
            root.getScene().getWindow().setWidth(w);
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TabPane tabs() {
        return host.tabPane();
    }

    @Test
    void wideAllSideBySideNarrowerTheRestInTabsNarrowOneTabPane(FxRobot robot) {
        width(robot, 4 * ChartHost.MIN_CHART_WIDTH + 3 * ChartHost.GAP + 10);
        for (Region c : charts) {
            assertTrue(c.getWidth() >= ChartHost.MIN_CHART_WIDTH, c.getId() + " " + c.getWidth());
            assertTrue(host.showing(c.getId().substring(6)));
        }
        assertEquals(null, tabs().getScene(), "no tabs when every chart fits");

        width(robot, 3 * ChartHost.MIN_CHART_WIDTH + 2 * ChartHost.GAP + 10);
        assertTrue(charts.get(0).getWidth() >= ChartHost.MIN_CHART_WIDTH);
        assertTrue(charts.get(1).getWidth() >= ChartHost.MIN_CHART_WIDTH);
        assertEquals(2, tabs().getTabs().size(), "the last column holds the two charts that do not fit");
        assertTrue(host.showing("energy"));
        assertFalse(host.showing("memory-wall"));
        assertFalse(host.allTabbedProperty().get());

        robot.interact(() -> host.select("memory-wall"));
        assertTrue(host.showing("memory-wall"));
        assertEquals("memory-wall", host.selectedProperty().get());

        width(robot, 500);
        assertTrue(host.allTabbedProperty().get());
        assertEquals(4, tabs().getTabs().size());
        assertTrue(host.showing("memory-wall"), "the chart chosen stays in front when the window narrows");
        assertTrue(charts.get(3).getWidth() > 450, "one large chart: " + charts.get(3).getWidth());
        robot.clickOn("#tab-roofline");
        assertEquals("roofline", host.selectedProperty().get());
        assertEquals("Roofline", tabs().getTabs().get(1).getText(), "the title comes from the key");
    }

    @Test
    void idsAreUniqueAndKnown() {
        assertThrows(IllegalArgumentException.class, () -> host.add("time", "tab.time", new Region()));
        assertThrows(IllegalArgumentException.class, () -> host.select("no-such-chart"));
        assertEquals(List.of("time", "roofline", "energy", "memory-wall"), host.ids());
    }

    @Test
    void columnsFollowTheWidth() {
        assertEquals(1, ChartHost.columnsFor(100, 4));
        assertEquals(1, ChartHost.columnsFor(2 * ChartHost.MIN_CHART_WIDTH, 4));
        assertEquals(2, ChartHost.columnsFor(2 * ChartHost.MIN_CHART_WIDTH + ChartHost.GAP, 4));
        assertEquals(4, ChartHost.columnsFor(10_000, 4));
        assertEquals(1, ChartHost.columnsFor(10_000, 0));
    }
}
