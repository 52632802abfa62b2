package org.memwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.map.MapComputer;
import org.memwall.core.map.MapGrid;
import org.memwall.core.map.MapMetric;
import org.memwall.core.map.ParallelEvaluator;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.MetricsProperties;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map renders what the core computes, picks a cell, follows the sliders and exports its grid. */
@ExtendWith(ApplicationExtension.class)
class MapChartTest {
    private ExplorerViewModel vm;
    private MapModel model;
    private MapChart chart;

    @Start
    void start(Stage stage) {
        vm = UiFixtures.viewModel();
        // the cells on the calling thread and the grid shown at once: what the window does on two cores, in order
        model = new MapModel(vm, new MapComputer(vm.simulator(), ParallelEvaluator.sequential()), Runnable::run);
        chart = new MapChart(model);
        stage.setScene(new Scene(chart, 900, 600));
        stage.show();
    }

    private MapModel.MapView shown() {
        return model.shown().orElseThrow();
    }

    /** What the core computes for one cell, from settings built here and the fixtures' own scenario. */
    private static Metrics expected(ExplorerSettings at) {
        return Metrics.of(UiFixtures.expected(at));
    }

    @Test
    void cellsHoldTheCoresNumbersForTheirSettings() {
        MapModel.MapView v = shown();
        assertEquals(MapAxis.HBM_BANDWIDTH, v.x());
        assertEquals(MapAxis.PROCESS_NODE, v.y());
        MapGrid g = v.grid();
        assertEquals(MapModel.CELLS, g.columns());
        assertEquals(MapModel.CELLS, g.rows());
        for (int[] c : new int[][] {{0, 0}, {63, 0}, {0, 63}, {31, 17}, {63, 63}}) {
            ExplorerSettings at = vm.settings().withHbmBandwidth(OptionalDouble.of(g.x(c[0])))
                    .withProcessNode(OptionalDouble.of(g.y(c[1])));
            // to 1e-9: the metrics-only run sums in another order than the full one
            MetricsProperties.assertAgree(expected(at), g.cell(c[0], c[1]).orElseThrow());
        }
        assertEquals(0.5e12, g.x(0), 1);
        assertEquals(10e12, g.x(63), 1);
        assertEquals(vm.nodes().smallestNm(), g.y(0), 1e-9);
        assertEquals(vm.nodes().largestNm(), g.y(63), 1e-9);
    }

    @Test
    void rendersTheScaleBrightWhereTheValueIsBest(FxRobot robot) {
        MapGrid g = shown().grid();
        int[] best = {0, 0};
        int[] worst = {0, 0};
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                double v = g.value(i, j, MapMetric.TOKENS_PER_SECOND);
                if (v > g.value(best[0], best[1], MapMetric.TOKENS_PER_SECOND)) {
                    best = new int[] {i, j};
                }
                if (v < g.value(worst[0], worst[1], MapMetric.TOKENS_PER_SECOND)) {
                    worst = new int[] {i, j};
                }
            }
        }
        WritableImage image = onFx(() -> chart.canvas().snapshot(null, null));
        PixelReader px = image.getPixelReader();
        Color bright = pixel(px, chart.cellCentre(best[0], best[1]));
        Color dark = pixel(px, chart.cellCentre(worst[0], worst[1]));
        assertTrue(bright.getBrightness() > 0.8 && bright.getRed() > 0.8, "best cell is viridis' yellow end: " + bright);
        assertTrue(dark.getBrightness() < 0.45, "worst cell is viridis' dark end: " + dark);
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < g.columns(); i += 4) {
            colours.add(pixel(px, chart.cellCentre(i, g.rows() / 2)));
        }
        assertTrue(colours.size() > 5, "a gradient across the map, got " + colours.size() + " colours");
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Color pixel(PixelReader px, double[] at) {
        return px.getColor((int) at[0], (int) at[1]);
    }

    @Test
    void clickingACellMovesBothSettingsThere(FxRobot robot) {
        MapGrid g = shown().grid();
        double[] c = chart.cellCentre(40, 12);
        Point2D screen = onFx(() -> chart.canvas().localToScreen(c[0], c[1]));
        robot.clickOn(screen);
        assertEquals(g.x(40), vm.settings().hbmBandwidthBytesPerSecond().orElseThrow(), 1e-6);
        assertEquals(g.y(12), vm.settings().processNodeNm().orElseThrow(), 1e-9);
        // the new grid is centred on the new settings: the ring is over the clicked cell
        assertEquals(g.x(40), shown().currentX(), 1e-3);
        String hover = onFx(() -> chart.hoverText());
        assertTrue(hover.contains(MapAxis.HBM_BANDWIDTH.format(g.x(40))), "the legend names the cell under the pointer: " + hover);
    }

    @Test
    void anotherSliderRecomputesTheWholeMap(FxRobot robot) {
        MapGrid before = shown().grid();
        robot.interact(() -> vm.update(Setting.BATCH, s -> s.withBatch(16)));
        MapModel.MapView after = shown();
        assertTrue(after.grid().generation() > before.generation());
        assertEquals(16, after.settings().batch());
        ExplorerSettings at = vm.settings().withHbmBandwidth(OptionalDouble.of(after.grid().x(5)))
                .withProcessNode(OptionalDouble.of(after.grid().y(50)));
        MetricsProperties.assertAgree(expected(at), after.grid().cell(5, 50).orElseThrow());
        assertFalse(before.cell(5, 50).equals(after.grid().cell(5, 50)), "batch 16 changes the numbers");
    }

    @Test
    void choosingAnAxisRecomputesAndTheAxesNeverMatch(FxRobot robot) {
        robot.interact(() -> model.yAxisProperty().set(MapAxis.BATCH));
        assertEquals(MapAxis.BATCH, shown().y());
        assertEquals(9, shown().grid().rows(), "batch takes the slider's powers of two, 1 to 256");
        robot.interact(() -> model.yAxisProperty().set(MapAxis.HBM_BANDWIDTH));
        assertFalse(shown().x() == shown().y());
    }

    /** A grid done within the tick is shown in it, before the queue hands it over, and only once. */
    @Test
    void aQuickGridIsShownInItsOwnTickOnce(FxRobot robot) {
        List<Runnable> handovers = new ArrayList<>();
        robot.interact(() -> {
            MapModel quick = new MapModel(vm, new MapComputer(vm.simulator(), ParallelEvaluator.sequential()), handovers::add);
            int[] changes = {0};
            quick.shownProperty().addListener(o -> changes[0]++);
            quick.recompute();
            assertEquals(1, changes[0], "shown at once, in the tick that asked for it");
            assertFalse(handovers.isEmpty(), "the queue also got the grid");
            handovers.forEach(Runnable::run);
            assertEquals(1, changes[0], "the queued copy is not shown again");
        });
    }

    /** Grids handed over out of order: the older one, finishing last, is not shown. */
    @Test
    void aStaleGridIsNeverDrawnOverANewerOne(FxRobot robot) {
        List<Runnable> cells = new ArrayList<>();
        List<Runnable> handovers = new ArrayList<>();
        robot.interact(() -> {
            MapModel held = new MapModel(vm, new MapComputer(vm.simulator(), new ParallelEvaluator(cells::add, 2)), handovers::add);
            held.recompute();
            int first = cells.size();
            vm.update(Setting.BATCH, s -> s.withBatch(4));
            List<Runnable> older = new ArrayList<>(cells.subList(0, first));
            List<Runnable> newer = new ArrayList<>(cells.subList(first, cells.size()));
            newer.forEach(Runnable::run);
            handovers.forEach(Runnable::run);
            handovers.clear();
            assertEquals(4, held.shown().orElseThrow().settings().batch());
            older.forEach(Runnable::run);
            handovers.forEach(Runnable::run);
            assertEquals(4, held.shown().orElseThrow().settings().batch(), "the batch-1 grid came too late to be shown");
        });
    }

    @Test
    void exportsTheGridAsCsvAndThePictureAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        MapModel.MapView v = shown();
        Path csv = dir.resolve("map.csv");
        MapCsv.write(csv, v, false);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 64 * 64, lines.size());
        assertTrue(lines.get(0).startsWith("hbm_bandwidth,process_node,chips,fits,tokens_per_second_per_user,tokens_per_second"),
                lines.get(0));
        String[] cell = lines.get(1 + 64 * 3 + 10).split(",", -1);
        assertEquals(v.grid().x(10), Double.parseDouble(cell[0]), 1e-3);
        assertEquals(v.grid().y(3), Double.parseDouble(cell[1]), 1e-12);
        assertEquals(v.grid().value(10, 3, MapMetric.TOKENS_PER_SECOND), Double.parseDouble(cell[5]), 0);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> MapCsv.write(csv, v, false),
                "an existing file is not replaced unless asked");

        Path png = dir.resolve("map.png");
        assertEquals("Saved " + png, onFx(() -> chart.exportPng(png)));
        Path nowhere = dir.resolve("no-such-folder").resolve("map.csv");
        String failed = onFx(() -> chart.exportCsv(nowhere));
        assertTrue(failed.startsWith("Could not save " + nowhere), failed);
        assertEquals(failed, onFx(() -> chart.hoverText()), "the reason is shown under the map");
        assertEquals("Saved " + csv, onFx(() -> chart.exportCsv(csv)), "the chart's export replaces a file the user chose");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1800, image.getWidth());
        assertEquals(1200, image.getHeight());
    }
}
