package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.ui.format.ChipNames;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The energy chart on the shipped chips: every bar long enough to see, a log axis only when one would not be. */
@ExtendWith(ApplicationExtension.class)
class EnergyChartTest {
    private static final PresetCatalog CATALOG = PresetLoader.load(Optional.empty());
    private static final Simulator SIM = new Simulator(CATALOG.nodes());
    /** A bar narrower than this many pixels cannot be told from the axis line. */
    private static final double VISIBLE_PX = 6;
    private EnergyChart energy;

    @Start
    void start(Stage stage) {
        energy = new EnergyChart();
        stage.setScene(new Scene(new StackPane(energy), 800, 320));
        stage.show();
    }

    private static Result run(String chip, String model, Precision weights, int streams) {
        Hardware h = CATALOG.hardware().stream().filter(c -> c.id().equals(chip)).findFirst().orElseThrow();
        var m = CATALOG.models().stream().filter(x -> x.id().equals(model)).findFirst().orElseThrow();
        return SIM.run(Scenario.of(h, CATALOG.stack(h.defaultStack()).orElseThrow(),
                WorkloadDefaults.workload(h, m, weights, 1, 256, 128).withConcurrentStreams(streams)));
    }

    /** Each bar's length in pixels, by category: from the axis start to the end of its last visible part. */
    private Map<String, Double> barWidths() {
        Map<String, Double> widths = new java.util.LinkedHashMap<>();
        for (XYChart.Series<Number, String> s : energy.chart().getData()) {
            for (XYChart.Data<Number, String> d : s.getData()) {
                Node n = d.getNode();
                if (n.isVisible()) {
                    widths.merge(d.getYValue(), n.getBoundsInParent().getMaxX(), Math::max);
                }
            }
        }
        return widths;
    }

    @Test
    void aCimChipBesideGpusGetsALogAxisAndEveryBarShows(FxRobot robot) {
        List<Result> results = List.of(run("sram-cim", "llama-2-7b", Precision.INT8, 1),
                run("a100-sxm-80gb", "llama-2-7b", Precision.INT8, 1), run("h100-sxm", "llama-2-7b", Precision.INT8, 1));
        robot.interact(() -> energy.show(results));
        robot.interact(() -> energy.chart().layout());
        double most = 0;
        double least = Double.MAX_VALUE;
        List<Double> totals = new ArrayList<>();
        for (Result r : results) {
            totals.add(r.energy().acceleratorJoulesPerOutputToken());
            r.energy().otherStreams().ifPresent(v -> totals.add(v.energy().acceleratorJoulesPerOutputToken()));
        }
        for (double t : totals) {
            most = Math.max(most, t);
            least = Math.min(least, t);
        }
        assertTrue(least / most < EnergyChart.LOG_BELOW, "the fixture needs one bar too short for a linear axis: " + totals);
        assertTrue(energy.logarithmic(), "log axis");
        assertTrue(energy.chart().getTitle().contains("log scale"), energy.chart().getTitle());
        Map<String, Double> widths = barWidths();
        assertEquals(totals.size(), widths.size(), widths.toString());
        widths.forEach((category, px) -> assertTrue(px >= VISIBLE_PX, category + " is " + px + " px long"));
        // longer energy, longer bar: the axis still orders the chips
        double cim = widths.get(ChipNames.shortName(results.get(0).hardware()));
        double h100 = widths.get(ChipNames.shortName(results.get(2).hardware()));
        assertTrue(cim < h100, cim + " px against " + h100 + " px");
    }

    @Test
    void chipsOfLikeEnergyKeepALinearAxis(FxRobot robot) {
        List<Result> results = List.of(run("h100-sxm", "llama-2-7b", Precision.FP16, 1), run("a100-sxm-80gb", "llama-2-7b", Precision.FP16, 1));
        robot.interact(() -> energy.show(results));
        assertFalse(energy.logarithmic());
        assertFalse(energy.chart().getTitle().contains("log scale"), energy.chart().getTitle());
    }

    @Test
    void onALogAxisThePartsAddUpToTheTotalAndKeepTheirOrder() {
        double lower = 1;
        double total = 1000;
        double[] parts = {600, 300, 100};
        double sum = 0;
        double before = 0;
        double[] lengths = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            lengths[i] = EnergyChart.logLength(lower, total, 1000, before, parts[i]);
            before += parts[i];
            sum += lengths[i];
        }
        assertEquals(total, sum, 1e-9, "the stack ends at the bar's total");
        // the first part covers 60% of the bar's three decades: it ends at 10^1.8
        assertEquals(Math.pow(10, 1.8), lengths[0], 1e-9);
        assertEquals(0, EnergyChart.logLength(lower, total, 1000, 600, 0), "an empty part has no length");
    }
}
