package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.sim.Fidelity;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.ScenarioPreset;
import org.memwall.ui.i18n.Language;
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
                guided.stream().map(g -> g.claim().getAsInt()).sorted().toList(), "one scenario per claim");
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
    void theGuideGetsChineseTextsUnderChineseAndEnglishOnesOtherwise() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Language.CHINESE.use();
            for (GuidedScenario g : factory.guidedScenarios()) {
                ScenarioPreset preset = factory.catalog().scenario(g.id()).orElseThrow();
                ScenarioPreset.Texts zh = preset.chinese().orElseThrow();
                assertEquals(zh.title(), g.title(), g.id());
                assertEquals(zh.narrative(), g.narrative(), g.id());
                assertEquals(zh.lookAt(), g.lookAt(), g.id());
                assertEquals(ExplorerFactory.settingsOf(preset), g.settings(), "the settings do not depend on the language");
            }
            Language.ENGLISH.use();
            for (GuidedScenario g : factory.guidedScenarios()) {
                ScenarioPreset preset = factory.catalog().scenario(g.id()).orElseThrow();
                assertEquals(preset.title(), g.title(), g.id());
                assertEquals(preset.narrative(), g.narrative(), g.id());
                assertEquals(preset.lookAt(), g.lookAt(), g.id());
            }
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    @Test
    void aScenarioWithoutChineseTextsKeepsItsEnglishOnesUnderChinese(@TempDir Path user, @TempDir Path extra) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode scenario = (ObjectNode) json.readTree(Files.readString(Path.of("presets/scenarios/memory-wall.json")));
        scenario.put("id", "mine");
        scenario.remove("zh");
        Files.createDirectories(extra.resolve("scenarios"));
        Files.writeString(extra.resolve("scenarios/mine.json"), json.writeValueAsString(scenario));
        ExplorerFactory withMine = ExplorerFactory.of(new PresetLoader(user).read(Optional.of(extra)));
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Language.CHINESE.use();
            List<GuidedScenario> guided = withMine.guidedScenarios();
            GuidedScenario mine = guided.stream().filter(g -> g.id().equals("mine")).findFirst().orElseThrow();
            assertEquals(scenario.get("title").asText(), mine.title());
            assertEquals(scenario.get("narrative").asText(), mine.narrative());
            GuidedScenario shipped = guided.stream().filter(g -> g.id().equals("memory-wall")).findFirst().orElseThrow();
            assertNotEquals(mine.title(), shipped.title(), "the shipped one is in Chinese");
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
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
