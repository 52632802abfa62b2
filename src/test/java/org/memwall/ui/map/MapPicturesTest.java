package org.memwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.map.MapComputer;
import org.memwall.core.map.ParallelEvaluator;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.Simulator;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.ui.export.PngSnapshot;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map (HBM bandwidth x process node, tokens/s, H100 on Llama 2 70B at batch 64) beside the
 * Pareto view, in the light and the dark theme, written to target/map-snapshots to look at;
 * asserts that the map has bound lines to show.
 */
@ExtendWith(ApplicationExtension.class)
class MapPicturesTest {
    private Scene scene;
    private MapChart map;

    @Start
    void start(Stage stage) {
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        ExplorerSettings settings = new ExplorerSettings("h100-sxm", List.of(), "llama-2-70b", OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 64, 2048, 256, Precision.INT8, 0);
        Set<String> paretoChips = Set.of("h100-sxm", "h200-sxm", "a100-sxm-80gb", "groq-lpu", "tpu-v5e", "v100-sxm2");
        ExplorerViewModel vm = new ExplorerViewModel(new Simulator(catalog.nodes()), catalog.fidelity(),
                catalog.hardware().stream().filter(h -> paretoChips.contains(h.id())).toList(), catalog.models(),
                catalog.stacks(), catalog.trends(), settings);
        map = new MapChart(new MapModel(vm, new MapComputer(vm.simulator(), ParallelEvaluator.sequential()), Runnable::run));
        ParetoChart pareto = new ParetoChart(vm);
        HBox both = new HBox(8, map, pareto);
        HBox.setHgrow(map, Priority.ALWAYS);
        HBox.setHgrow(pareto, Priority.ALWAYS);
        map.setPrefWidth(820);
        pareto.setPrefWidth(620);
        both.getStyleClass().add(org.memwall.ui.theme.StyleClasses.WINDOW);
        scene = new Scene(both, 1480, 560);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void mapAndParetoInLightAndDark(FxRobot robot) throws Exception {
        Path dir = Path.of("target", "map-snapshots");
        Files.createDirectories(dir);
        var grid = map.model().shown().orElseThrow().grid();
        long bounds = java.util.stream.IntStream.range(0, grid.columns() * grid.rows())
                .mapToObj(i -> grid.bound(i % grid.columns(), i / grid.columns())).flatMap(Optional::stream).distinct().count();
        assertTrue(bounds >= 2, "HBM bandwidth x node crosses from one bound to another");
        assertEquals(Optional.of(Bound.MEMORY), grid.bound(0, 0), "slow HBM on the newest node: memory bound");
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.applyTo(scene);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                try {
                    PngSnapshot.write(scene.getRoot(), dir.resolve("map-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png"), 1,
                            java.util.Map.of(), org.memwall.io.SafeFiles.Overwrite.REPLACE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertTrue(Files.size(dir.resolve("map-light.png")) > 10_000);
    }
}
