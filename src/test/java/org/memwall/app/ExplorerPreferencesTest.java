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
                OptionalDouble.of(7), OptionalDouble.of(4.8e12), OptionalDouble.empty(), 16, 4096, 256, Precision.FP8, 8);
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

        Files.writeString(file, "window.width=NaN\nscenario.hardware=h100-sxm\nscenario.model=llama-2-70b\nscenario.batch=many\n");
        ExplorerPreferences damaged = new ExplorerPreferences(file);
        assertEquals(ExplorerPreferences.DEFAULT_WIDTH, damaged.width());
        assertEquals(Optional.empty(), damaged.settings());
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
}
