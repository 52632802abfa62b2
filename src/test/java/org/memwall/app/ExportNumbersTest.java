package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.sim.Result;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "File, Export numbers": the results on screen as the command line's compare CSV or JSON. */
@ExtendWith(ApplicationExtension.class)
class ExportNumbersTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        ExplorerFactory factory = ExplorerFactory.load(Optional.empty());
        // the default scenario compares two chips
        window = factory.window(factory.defaultSettings(), Theme.LIGHT);
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private boolean export(FxRobot robot, Path file) {
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = window.exportNumbersTo(file));
        return ok[0];
    }

    @Test
    void csvHasAHeaderAndOneLinePerChipInSiUnits(@TempDir Path dir, FxRobot robot) throws Exception {
        List<Result> results = window.viewModel().results();
        assertEquals(2, results.size(), "the default scenario shows two chips");

        Path file = dir.resolve("numbers.csv");
        assertTrue(export(robot, file), window.statusProperty().get());
        assertEquals("Saved numbers.csv", window.statusProperty().get());

        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        int speed = header.indexOf("tokens_per_second_per_user");
        assertTrue(speed > 0, lines.get(0));
        for (String setting : List.of("scenario", "stack", "weights_precision", "batch", "prompt_tokens", "output_tokens",
                "chips_asked", "hbm_bandwidth_bytes_per_second", "program_version")) {
            assertTrue(header.contains(setting), setting + " column in " + lines.get(0));
        }
        for (int i = 0; i < 2; i++) {
            // a comma inside quotes belongs to its cell
            String[] cells = lines.get(i + 1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            assertEquals(header.size(), cells.length, lines.get(i + 1));
            assertEquals(results.get(i).hardware().id(), cells[0]);
            assertEquals(results.get(i).tokensPerSecondPerUser(), Double.parseDouble(cells[speed]),
                    results.get(i).tokensPerSecondPerUser() * 1e-6);
            var w = results.get(i).scenario().workload();
            assertEquals(w.weightPrecision().id(), cells[header.indexOf("weights_precision")]);
            assertEquals(Integer.toString(w.promptTokens()), cells[header.indexOf("prompt_tokens")]);
            assertEquals(results.get(i).scenario().stack().id(), cells[header.indexOf("stack")]);
            assertEquals(results.get(i).energy().acceleratorJoulesPerOutputToken(),
                    Double.parseDouble(cells[header.indexOf("joules_per_token")]), 1e-9, "accelerator energy per output token");
            assertEquals("\"accelerators only, idle power included; no host, no cooling\"", cells[header.indexOf("energy_counts")]);
        }
    }

    @Test
    void jsonHoldsEveryChipsResult(@TempDir Path dir, FxRobot robot) throws Exception {
        Path file = dir.resolve("numbers.JSON");
        assertTrue(export(robot, file), window.statusProperty().get());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(window.viewModel().settings().modelId(), root.get("model").asText());
        assertEquals(2, root.get("results").size());
        for (JsonNode r : root.get("results")) {
            assertTrue(r.at("/energy/counts").asText().startsWith("accelerators only, idle power included"), r.toString());
            assertTrue(r.at("/energy/breakdown/static").asDouble() > 0, "idle power is counted");
        }
        assertTrue(root.get("scenario").isNull(), "no scenario on screen");

        Path second = dir.resolve("scenario.json");
        robot.interact(() -> window.guide().choose("capacity-critique"));
        assertTrue(export(robot, second), window.statusProperty().get());
        JsonNode withScenario = new ObjectMapper().readTree(second.toFile());
        assertEquals("capacity-critique", withScenario.get("scenario").asText());
        assertFalse(withScenario.get("scenario_changed").asBoolean());
        assertEquals(window.viewModel().settings().batch(), withScenario.get("settings").get("batch").asInt());
    }

    @Test
    void aWrongNameOrFolderIsReportedAndNothingIsWritten(@TempDir Path dir, FxRobot robot) throws Exception {
        Path noExtension = dir.resolve("numbers.txt");
        assertFalse(export(robot, noExtension));
        assertTrue(window.statusProperty().get().contains("must end in .csv or .json"), window.statusProperty().get());
        assertFalse(Files.exists(noExtension));

        Path taken = dir.resolve("taken.csv");
        Files.writeString(taken, "mine");
        assertFalse(export(robot, taken));
        assertTrue(window.statusProperty().get().contains("already"), window.statusProperty().get());
        assertEquals("mine", Files.readString(taken), "an existing file is kept");

        Path missingFolder = dir.resolve("gone").resolve("numbers.csv");
        assertFalse(export(robot, missingFolder));
        assertTrue(window.statusProperty().get().contains("the folder does not exist"), window.statusProperty().get());
        assertEquals(2, window.viewModel().results().size(), "a failed export leaves the scenario alone");
    }
}
