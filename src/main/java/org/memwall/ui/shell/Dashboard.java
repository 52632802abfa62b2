package org.memwall.ui.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.BorderPane;
import org.memwall.core.sim.Result;
import org.memwall.ui.charts.ChartHost;
import org.memwall.ui.map.MapChart;
import org.memwall.ui.map.MapModel;
import org.memwall.ui.map.ParetoChart;
import org.memwall.ui.charts.EnergyChart;
import org.memwall.ui.charts.FidelityChart;
import org.memwall.ui.charts.MemoryWallChart;
import org.memwall.history.MemoryWallHistory;
import java.util.Optional;
import org.memwall.ui.charts.RooflineChart;
import org.memwall.ui.charts.TimeBreakdownChart;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.theme.Palette;
import org.memwall.ui.tiles.DashboardTiles;

/**
 * The tiles on the right and the charts in the {@link ChartHost} below the canvas, built together
 * once the window's first frames are on screen. A new chart is one line in {@link #addCharts}: it
 * gets an id (for {@link ChartHost#select}), a tab title key and its node.
 */
public final class Dashboard {
    /** Ids of the charts in the host, for {@link ExplorerWindow#showChart(String)}. */
    public static final String TIME = "time";
    public static final String ROOFLINE = "roofline";
    public static final String ENERGY = "energy";
    public static final String MEMORY_WALL = "memory-wall";
    public static final String FIDELITY = "fidelity";
    public static final String MAP = "map";
    public static final String PARETO = "pareto";

    private final DashboardTiles tiles;
    private final TimeBreakdownChart timeChart = new TimeBreakdownChart();
    private final RooflineChart roofline = new RooflineChart();
    private final EnergyChart energyChart = new EnergyChart();
    private final MemoryWallChart memoryWallChart;
    private final FidelityChart fidelityChart = new FidelityChart();
    private final MapChart mapChart;
    private final ParetoChart paretoChart;

    Dashboard(ExplorerViewModel viewModel, Palette palette, ChartHost host, Optional<MemoryWallHistory> history) {
        memoryWallChart = new MemoryWallChart(viewModel.trends(), history);
        fidelityChart.setPoints(viewModel.fidelityPoints());
        mapChart = new MapChart(MapModel.onAllCores(viewModel));
        paretoChart = new ParetoChart(viewModel);
        addCharts(host);
        tiles = new DashboardTiles(viewModel, palette);
        tiles.setPrefWidth(360);
        tiles.setMinWidth(320);
        tiles.setMaxWidth(420);
        BorderPane.setMargin(tiles, new Insets(6));
    }

    private void addCharts(ChartHost host) {
        host.add(TIME, "tab.time", timeChart);
        host.add(ROOFLINE, "tab.roofline", roofline);
        host.add(ENERGY, "tab.energy", energyChart);
        host.add(MEMORY_WALL, "tab.memoryWall", memoryWallChart);
        host.add(FIDELITY, "tab.fidelity", fidelityChart);
        host.add(MAP, "tab.map", mapChart);
        host.add(PARETO, "tab.pareto", paretoChart);
    }

    DashboardTiles tiles() {
        return tiles;
    }

    /** The charts that show the results (the memory-wall history does not change with them). */
    void show(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        timeChart.show(results);
        roofline.show(results);
        energyChart.show(results);
        memoryWallChart.show(results);
        fidelityChart.show(results);
    }

    void stale(boolean stale) {
        for (javafx.scene.Node chart : List.of(timeChart, roofline, energyChart)) {
            chart.setOpacity(stale ? 0.5 : 1);
        }
    }

    void setPalette(Palette palette) {
        tiles.setPalette(palette);
    }
}
