package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.economics.PriceBasis;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.UserScenarios;
import org.memwall.ui.model.CostChoice;
import org.memwall.ui.model.ScenarioLibrary;
import org.memwall.ui.model.Setting;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Save as scenario..." and "Open scenario..." in the window, on a preset folder of the test's own. */
@ExtendWith(ApplicationExtension.class)
class UserScenarioLibraryTest {
    private static final ExplorerFactory FACTORY = ExplorerFactory.load(Optional.empty());
    @TempDir
    Path userDir;
    @TempDir
    Path elsewhere;
    private ExplorerWindow window;
    private ScenarioLibrary library;

    @Start
    void start(Stage stage) {
        window = FACTORY.window(FACTORY.defaultSettings(), Theme.LIGHT);
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private void useTestFolder() {
        library = new UserScenarioLibrary(new UserScenarios(userDir), FACTORY.catalog());
        window.guide().setLibrary(library);
    }

    @Test
    void aSavedScenarioIsInTheMenuAtOnceAndLoadsOnTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            useTestFolder();
            window.viewModel().update(Setting.BATCH, s -> s.withBatch(8).withConcurrentStreams(6));
            window.lessons().orElseThrow().costsProperty().set(new CostChoice(PriceBasis.BOM));
        });
        ScenarioLibrary.Outcome[] out = new ScenarioLibrary.Outcome[1];
        robot.interact(() -> {
            out[0] = library.save("Batch eight", "Eight users.", Optional.of("the LPU still wins per user"),
                    window.viewModel().settings(), window.lessons().orElseThrow().costs());
            window.guide().add(out[0].scenario().orElseThrow());
        });
        assertEquals("batch-eight", out[0].scenario().orElseThrow().id());
        assertTrue(window.guide().menu().getItems().stream().anyMatch(i -> "scenario-batch-eight".equals(i.getId())));
        assertEquals("batch-eight", window.guide().currentProperty().get().orElseThrow().id());
        assertFalse(window.guide().changedProperty().get(), "the saved scenario is what is on screen");
        var reloaded = new PresetLoader(userDir).read(Optional.empty()).scenario("batch-eight").orElseThrow();
        assertEquals(8, reloaded.batch());
        assertEquals(6, reloaded.setup().concurrentStreams());
        assertEquals(PriceBasis.BOM, reloaded.setup().priceBasis());
    }

    @Test
    void aMalformedFileIsRefusedNamingFieldAndLineAndChangesNothing(FxRobot robot) throws Exception {
        Path file = elsewhere.resolve("bad.json");
        Files.writeString(file, "{\n  \"id\": \"bad\",\n  \"title\": \"Bad\",\n  \"narrative\": \"n\",\n  \"hardware\": \"h100-sxm\",\n"
                + "  \"model\": \"llama-2-7b\",\n  \"precision\": \"fp16\",\n  \"batch\": -3,\n  \"promptTokens\": 128,\n  \"outputTokens\": 128\n}\n");
        robot.interact(this::useTestFolder);
        int before = window.guide().scenarios().size();
        ScenarioLibrary.Outcome out = library.open(file);
        assertTrue(out.scenario().isEmpty());
        assertEquals(1, out.problems().size(), out.problems().toString());
        assertTrue(out.problems().get(0).startsWith("bad.json: batch (line 8): "), out.problems().get(0));
        assertEquals(before, window.guide().scenarios().size());
        assertFalse(Files.exists(userDir.resolve("scenarios")), "nothing was copied");
    }
}
