package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Simulator;
import org.memwall.lessons.Probe;
import org.memwall.lessons.Runs;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.ui.export.PngSnapshot;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shipped history on the chart: 75 chips as points, the fits, the chips on screen and the node marker. */
@ExtendWith(ApplicationExtension.class)
class MemoryWallHistoryChartTest {
    private static final PresetCatalog CATALOG = new PresetLoader(Path.of("target", "no-user-presets")).read(Optional.empty());
    private static final Probe PROBE = new Probe(new Simulator(CATALOG.nodes()), CATALOG.hardware(), CATALOG.models(), CATALOG.stacks());
    private MemoryWallChart chart;

    @Start
    void start(Stage stage) {
        chart = new MemoryWallChart(CATALOG.trends(), CATALOG.history());
        Scene scene = new Scene(new StackPane(chart), 640, 360);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<Result> memoryWallScenario(double node) {
        var setup = CATALOG.scenario("memory-wall").orElseThrow().setup();
        setup = new org.memwall.lessons.Setup("h100-sxm", List.of("v100-sxm2", "a100-sxm-80gb"), setup.modelId(),
                setup.weightPrecision(), 1, setup.contextTokens(), setup.outputTokens(), 0, java.util.OptionalDouble.of(node),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), 1, setup.priceBasis(), Optional.empty());
        return Runs.results(setup, PROBE);
    }

    @Test
    void everyChipOfTheHistoryIsAPointAndTheChipsOnScreenAreOutlined(FxRobot robot) throws Exception {
        HistoryLayer h = chart.historyLayer().orElseThrow();
        int points = h.points().stream().mapToInt(s -> s.getData().size()).sum();
        long withAValue = CATALOG.history().orElseThrow().chips().stream()
                .mapToLong(c -> (c.peakComputeFlopsPerSecond().isPresent() ? 1 : 0) + (c.dramBandwidthBytesPerSecond().isPresent() ? 1 : 0)
                        + (c.interconnectRelativeToPcie1().isPresent() ? 1 : 0)).sum();
        assertEquals(withAValue, points);
        robot.interact(() -> chart.show(memoryWallScenario(4)));
        long outlined = h.points().stream().flatMap(s -> s.getData().stream()).map(XYChart.Data::getNode)
                .filter(n -> n.getStyleClass().contains(HistoryLayer.ON_SCREEN)).count();
        // H100, V100 and A100 each have a compute and a DRAM point
        assertEquals(6, outlined);
        assertTrue(chart.legend().getChildren().size() == 5, "the published rates and the fit");
        Path png = Path.of("target", "memory-wall-history.png");
        robot.interact(() -> {
            try {
                PngSnapshot.write(chart, png, 2, java.util.Map.of(), org.memwall.io.SafeFiles.Overwrite.REPLACE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void theNodeSliderMovesTheMarkerAlongTheYearsAndUpWithCompute(FxRobot robot) {
        HistoryLayer h = chart.historyLayer().orElseThrow();
        robot.interact(() -> chart.show(memoryWallScenario(7)));
        Node marker = h.marker().getData().get(0).getNode();
        double year7 = h.marker().getData().get(0).getXValue().doubleValue();
        double compute7 = h.marker().getData().get(0).getYValue().doubleValue();
        robot.interact(() -> chart.show(memoryWallScenario(3)));
        WaitForAsyncUtils.waitForFxEvents();
        double year3 = h.marker().getData().get(0).getXValue().doubleValue();
        double compute3 = h.marker().getData().get(0).getYValue().doubleValue();
        assertEquals(2018, year7, 1e-9, "TSMC N7 went into volume production in 2018");
        assertEquals(2022, year3, 1e-9);
        assertTrue(compute3 > compute7, "a smaller node gives more compute at the same power");
        assertTrue(h.markerTip().contains("3 nm"), h.markerTip());
        assertFalse(marker.getStyleClass().isEmpty());
    }
}
