package org.memwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.map.Pareto;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.core.sim.Simulator;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Pareto view on the shipped H100, H200 and A100 presets with Llama 2 70B. */
@ExtendWith(ApplicationExtension.class)
class ParetoChartTest {
    private static final Set<String> CHIPS = Set.of("h100-sxm", "h200-sxm", "a100-sxm-80gb");
    private ParetoChart chart;
    private List<Hardware> three;

    @Start
    void start(Stage stage) {
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        three = catalog.hardware().stream().filter(h -> CHIPS.contains(h.id())).toList();
        assertEquals(3, three.size());
        ExplorerSettings settings = new ExplorerSettings("h100-sxm", List.of(), "llama-2-70b", OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 1, 2048, 256, Precision.FP16, 0);
        ExplorerViewModel vm = new ExplorerViewModel(new Simulator(catalog.nodes()), catalog.fidelity(), three,
                catalog.models(), catalog.stacks(), catalog.trends(), settings);
        chart = new ParetoChart(vm);
        stage.setScene(new Scene(chart, 800, 500));
        stage.show();
    }

    @Test
    void theFrontierIsMonotone() {
        List<Pareto.Point> frontier = chart.frontier();
        assertTrue(frontier.size() >= 3, "a frontier of several points: " + frontier);
        for (int i = 1; i < frontier.size(); i++) {
            Pareto.Point a = frontier.get(i - 1);
            Pareto.Point b = frontier.get(i);
            assertTrue(b.tokensPerSecondPerUser() > a.tokensPerSecondPerUser(), "faster per user along the frontier: " + a + " " + b);
            assertTrue(b.costUsdPerTokenPerSecond() > a.costUsdPerTokenPerSecond(), "and dearer per token/s: " + a + " " + b);
        }
        // nothing loaded beats a frontier point on both counts
        for (Pareto.Point f : frontier) {
            for (Pareto.Point p : chart.points()) {
                assertFalse(p.tokensPerSecondPerUser() >= f.tokensPerSecondPerUser()
                        && p.costUsdPerTokenPerSecond() <= f.costUsdPerTokenPerSecond() && !p.equals(f)
                        && (p.tokensPerSecondPerUser() > f.tokensPerSecondPerUser() || p.costUsdPerTokenPerSecond() < f.costUsdPerTokenPerSecond()),
                        p + " beats " + f);
            }
        }
        // a chip with a price has a point at every batch of 1, 2, 4 ... 256; one without is named as such
        for (Hardware chip : three) {
            String name = org.memwall.ui.format.ChipNames.shortName(chip);
            long points = chart.points().stream().filter(p -> p.label().equals(name)).count();
            if (chip.priceUsd().isPresent()) {
                assertEquals(9, points, name);
            } else {
                assertEquals(0, points, name);
                assertTrue(chart.unpriced().contains(name), chart.unpriced().toString());
            }
        }
        assertTrue(chart.points().stream().map(Pareto.Point::label).collect(Collectors.toSet()).size() >= 2);
    }

    @Test
    void pointingAtAPointNamesItsChipAndBatch(FxRobot robot) {
        Pareto.Point p = chart.frontier().get(chart.frontier().size() / 2);
        double[] at = chart.position(p);
        Point2D screen = MapChartTest.onFx(() -> chart.canvas().localToScreen(at[0], at[1]));
        robot.moveTo(screen);
        String hover = MapChartTest.onFx(() -> chart.hoverText());
        assertTrue(hover.startsWith(p.label() + ", batch " + p.batch() + ":"), hover);
    }
}
