package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ChartsTest {
    private TimeBreakdownChart time;
    private RooflineChart roofline;
    private EnergyChart energy;

    @Start
    void start(Stage stage) {
        time = new TimeBreakdownChart();
        roofline = new RooflineChart();
        energy = new EnergyChart();
        stage.setScene(new Scene(new HBox(time, roofline, energy), 1200, 300));
        stage.show();
    }

    /** Two chips, then the same chips at another batch: the second update moves bars in place. */
    private List<List<Result>> twoUpdates() {
        ExplorerViewModel vm = UiFixtures.viewModel();
        vm.update(Setting.COMPARE, s -> s.withCompareIds(List.of("test-lpu")));
        List<Result> first = vm.results();
        vm.update(Setting.BATCH, s -> s.withBatch(16));
        return List.of(first, vm.results());
    }

    @Test
    void timeBarsAddUpToEachChipsTimePerToken(FxRobot robot) {
        for (List<Result> results : twoUpdates()) {
            robot.interact(() -> time.show(results));
            Map<String, Double> perBar = sumByCategory(time.chart().getData());
            double scale = results.stream().mapToDouble(Result::secondsPerToken).max().orElseThrow() < 1e-3 ? 1e6 : 1e3;
            for (Result r : results) {
                double expected = r.secondsPerToken() * scale;
                assertEquals(expected, perBar.get(org.memwall.ui.format.ChipNames.shortName(r.hardware())), expected * 1e-9);
            }
        }
    }

    @Test
    void energyBarsAddUpToEachChipsEnergyPerTokenAndSayIt(FxRobot robot) {
        for (List<Result> results : twoUpdates()) {
            robot.interact(() -> energy.show(results));
            Map<String, Double> perBar = sumByCategory(energy.chart().getData());
            double scale = results.stream().mapToDouble(r -> r.energy().acceleratorJoulesPerOutputToken()).max().orElseThrow() < 1 ? 1e3 : 1;
            for (Result r : results) {
                String category = org.memwall.ui.format.ChipNames.shortName(r.hardware());
                double expected = r.energy().acceleratorJoulesPerOutputToken() * scale;
                assertEquals(expected, perBar.get(category), expected * 1e-9);
                // every bar's total is written at its end, however short the bar
                assertEquals(org.memwall.ui.format.Units.joules(r.energy().acceleratorJoulesPerOutputToken()), energy.valueLabel(category));
            }
        }
    }

    @Test
    void rooflinePointsSitWhereTheCorePutThem(FxRobot robot) {
        for (List<Result> results : twoUpdates()) {
            robot.interact(() -> roofline.show(results));
            var data = roofline.chart().getData();
            var points = data.stream().filter(s -> s.getName().endsWith("operators")).toList();
            assertEquals(results.size(), points.size());
            for (int i = 0; i < results.size(); i++) {
                var expected = results.get(i).roofline().points().stream()
                        .filter(p -> p.opsPerByte() > 0 && p.achievedOpsPerSecond() > 0).toList();
                var shown = points.get(i).getData();
                assertEquals(expected.size(), shown.size());
                for (int k = 0; k < shown.size(); k++) {
                    assertEquals(Math.log10(expected.get(k).opsPerByte()), shown.get(k).getXValue().doubleValue(), 1e-9);
                    assertEquals(Math.log10(expected.get(k).achievedOpsPerSecond()), shown.get(k).getYValue().doubleValue(), 1e-9);
                }
            }
        }
    }

    @Test
    void powersOfTenReadAsSuperscripts() {
        RooflineChart.PowerOfTen f = new RooflineChart.PowerOfTen();
        assertEquals("10¹²", f.toString(12.0));
        assertEquals("10⁻²", f.toString(-2));
        assertEquals("10⁰", f.toString(0));
        assertTrue(f.toString(15).startsWith("10"));
    }

    private static Map<String, Double> sumByCategory(List<XYChart.Series<Number, String>> series) {
        return series.stream().flatMap(s -> s.getData().stream())
                .collect(Collectors.groupingBy(XYChart.Data::getYValue, Collectors.summingDouble(d -> d.getXValue().doubleValue())));
    }
}
