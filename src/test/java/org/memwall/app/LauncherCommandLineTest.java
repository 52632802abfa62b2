package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.cli.PresetEnvironment;

/** The jar's command line: the command line's own subcommands and the window's screenshot, added by the launcher. */
class LauncherCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.runCommandLine(new PresetEnvironment(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theHelpListsScreenshotBesideTheCommandLinesOwnSubcommands() {
        assertEquals(0, run("--help"), err.toString());
        String help = out.toString();
        for (String sub : new String[] {"presets", "simulate", "compare", "sweep", "validate", "screenshot", "help"}) {
            assertTrue(help.contains(sub), sub + " in\n" + help);
        }
        assertTrue(help.indexOf("screenshot") < help.lastIndexOf("help"), "help comes last:\n" + help);
    }

    @Test
    void screenshotTakesTheInheritedPresetFolderAndAnswersAMistakeInOneLine(@TempDir Path dir) {
        Path png = dir.resolve("x.png");
        int code = run("screenshot", "--presets", dir.resolve("no-such-folder").toString(), "--out", png.toString(),
                "--scale", "three");
        assertEquals(2, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--scale"), err.toString());
        assertFalse(Files.exists(png));
    }
}
