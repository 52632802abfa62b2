package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.Precision;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.theme.Theme;

class ExplorerPreferencesTest {
    @TempDir
    Path home;

    @Test
    void remembersSizeThemeAndScenarioAcrossRuns() {
        Path file = home.resolve(".memwall-explorer").resolve("window.properties");
        ExplorerSettings s = new ExplorerSettings("h100-sxm", List.of("groq-lpu", "sram-cim"), "llama-2-70b",
                OptionalDouble.of(7), OptionalDouble.of(4.8e12), OptionalDouble.empty(), 16, 4096, 256, Precision.FP8, 8)
                .withStack(Optional.of("vllm")).withConcurrentStreams(4);
        ExplorerPreferences first = new ExplorerPreferences(file);
        first.remember(1600, 900, Theme.DARK, s);
        first.rememberHintShown();
        assertEquals(Optional.empty(), first.save());

        ExplorerPreferences again = new ExplorerPreferences(file);
        assertEquals(1600, again.width());
        assertEquals(900, again.height());
        assertEquals(Theme.DARK, again.theme());
        assertEquals(Optional.of(s), again.settings());
        assertTrue(again.hintShown(), "the first-run hint is shown once");
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        Path file = home.resolve("window.properties");
        ExplorerPreferences none = new ExplorerPreferences(file);
        assertEquals(ExplorerPreferences.DEFAULT_WIDTH, none.width());
        assertEquals(Theme.LIGHT, none.theme());
        assertEquals(Optional.empty(), none.settings());
        assertFalse(none.hintShown());

        String text = "window.width=NaN\nscenario.hardware=h100-sxm\nscenario.model=llama-2-70b\nscenario.batch=many\n";
        Files.writeString(file, text);
        ExplorerPreferences damaged = new ExplorerPreferences(file);
        assertEquals(ExplorerPreferences.DEFAULT_WIDTH, damaged.width());
        // what read back is kept, the rest is the default; the damaged file itself is set aside whole
        ExplorerSettings kept = damaged.settings().orElseThrow();
        assertEquals(List.of("h100-sxm", "llama-2-70b"), List.of(kept.hardwareId(), kept.modelId()));
        assertEquals(1, kept.batch());
        Path aside = damaged.problem().orElseThrow().movedTo().orElseThrow();
        assertEquals(text, Files.readString(aside));
        assertTrue(damaged.problem().get().message().contains("window.width, scenario.batch"), damaged.problem().get().message());
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        Path blocker = home.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        ExplorerPreferences p = new ExplorerPreferences(blocker.resolve("window.properties"));
        p.remember(1280, 720, Theme.LIGHT, new ExplorerSettings("a", List.of(), "m", OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0));
        assertTrue(p.save().orElseThrow().startsWith("could not save preferences"));
    }

    @Test
    void aDamagedFileIsSetAsideOnceWithItsBytesAndTheNextRunIsClean() throws Exception {
        Path file = home.resolve("window.properties");
        byte[][] damaged = {
            "theme=dark\nwindow.width=\\u12".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            {'t', 'h', 'e', 'm', 'e', '=', (byte) 0xE9, '\n'},
            "window.height=-3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)};
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            ExplorerPreferences first = new ExplorerPreferences(file);
            ExplorerPreferences.SetAsideFile problem = first.problem().orElseThrow();
            Path aside = problem.movedTo().orElseThrow();
            assertTrue(aside.getFileName().toString().startsWith("window.properties.corrupt-"), aside.toString());
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(aside)), "the damaged file is kept whole");
            assertTrue(problem.message().contains("set aside as " + aside.getFileName()), problem.message());
            assertEquals(Optional.empty(), first.save());
            assertEquals(Optional.empty(), new ExplorerPreferences(file).problem(), "reported once");
            Files.delete(aside);
        }
    }

    @Test
    void aFileOfAnOlderVersionWithoutTheLaterKeysIsNotDamaged() throws Exception {
        Path file = home.resolve("window.properties");
        Files.writeString(file, "window.width=1500\ntheme=dark\nscenario.hardware=h100-sxm\nscenario.model=llama-2-7b\n");
        ExplorerPreferences old = new ExplorerPreferences(file);
        assertEquals(Optional.empty(), old.problem());
        assertEquals(1500, old.width());
        assertEquals(ExplorerPreferences.DEFAULT_HEIGHT, old.height());
        ExplorerSettings s = old.settings().orElseThrow();
        assertEquals(List.of("h100-sxm", "llama-2-7b", "fp16"), List.of(s.hardwareId(), s.modelId(), s.weightPrecision().id()));
        assertTrue(Files.exists(file));
    }

    @Test
    void saveReplacesTheFileInOneStepAndAFailedSaveKeepsTheOldOne() throws Exception {
        Path folder = Files.createDirectories(home.resolve("prefs"));
        Path file = folder.resolve("window.properties");
        ExplorerPreferences p = new ExplorerPreferences(file);
        p.remember(1300, 700, Theme.DARK, new ExplorerSettings("a", List.of(), "m", OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0));
        assertEquals(Optional.empty(), p.save());
        String saved = Files.readString(file);
        folder.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as root");
            p.remember(1400, 800, Theme.LIGHT, new ExplorerSettings("b", List.of(), "m", OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0));
            assertTrue(p.save().isPresent());
            assertEquals(saved, Files.readString(file));
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }
}
