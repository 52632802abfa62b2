package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.presets.ScenarioPreset;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
import picocli.CommandLine;

/** The shipped scenario presets as the window's guide gets them. */
class GuidedScenariosTest {
    private static ExplorerFactory factory;

    @BeforeAll
    static void load() {
        factory = ExplorerFactory.load(Optional.empty());
    }

    @Test
    void everyClaimHasAScenarioWithTheSettingsTheDefaultMappingGives() {
        List<GuidedScenario> guided = factory.guidedScenarios();
        assertEquals(IntStream.rangeClosed(1, 7).boxed().toList(),
                guided.stream().map(GuidedScenario::claim).sorted().toList(), "one scenario per claim");
        for (GuidedScenario g : guided) {
            ScenarioPreset preset = factory.catalog().scenario(g.id()).orElseThrow();
            assertEquals(ExplorerFactory.settingsOf(preset), g.settings(), g.id());
            assertEquals(preset.narrative(), g.narrative());
            assertEquals(preset.lookAt(), g.lookAt());
        }
        GuidedScenario shapes = guided.stream().filter(g -> g.id().equals("compute-unit-shapes")).findFirst().orElseThrow();
        assertEquals(List.of("sram-cim"), shapes.notShownIds(), "the window draws two compared chips; the third named is listed");
    }

    @Test
    void everyShippedScenarioRunsInTheWindowWithoutAProblem() {
        for (GuidedScenario g : factory.guidedScenarios()) {
            ExplorerViewModel vm = factory.viewModel(g.settings());
            assertEquals("", vm.problemProperty().get(), g.id());
            assertEquals(1 + g.settings().compareIds().size(), vm.results().size(), g.id());
        }
    }

    @Test
    void theScreenshotCommandShowsAScenario(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ScreenshotCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        Path png = dir.resolve("scenario.png");
        assertEquals(0, cli.execute("--out", png.toString(), "--scenario", "memory-wall", "--width", "800", "--height", "500"),
                err.toString());
        assertTrue(Files.exists(png));
    }

    @Test
    void theScreenshotCommandRefusesAnUnknownScenarioNamingTheKnownOnes(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ScreenshotCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        Path png = dir.resolve("x.png");
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, cli.execute("--out", png.toString(), "--scenario", "no-such"));
        assertTrue(err.toString().contains("capacity-critique"), err.toString());
        assertFalse(Files.exists(png));
    }
}
