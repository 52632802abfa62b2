package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScreenshotCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ScreenshotCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void writesThePngAtTheAskedSizeAndScale() throws Exception {
        Path png = dir.resolve("window.png");
        assertEquals(0, run("--out", png.toString(), "--width", "800", "--height", "500", "--scale", "2", "--theme", "dark"),
                err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        Files.copy(png, Path.of("target/look-dark.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a rendered window, not a blank image: " + colours.size() + " colours");
    }

    @Test
    void anUnknownChipIsRefusedWithTheKnownOnes() {
        Path png = dir.resolve("none.png");
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", png.toString(), "--hardware", "no-such-chip"));
        assertTrue(err.toString().contains("h100-sxm"), err.toString());
        assertFalse(Files.exists(png));
    }

    @Test
    void anUnwritablePlaceIsReportedNotThrown() {
        Path png = dir.resolve("missing-folder").resolve("x.png");
        assertEquals(ScreenshotCommand.FAILED, run("--out", png.toString(), "--width", "640", "--height", "400"));
        assertTrue(err.toString().contains("Could not save"), err.toString());
    }

    @Test
    void scaleMustBeOneTwoOrFour() {
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", dir.resolve("x.png").toString(), "--scale", "3"));
    }
}
