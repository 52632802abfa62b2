package org.memwall.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.memwall.cli.MemwallCommand;
import org.memwall.io.SafeFiles;
import org.memwall.ui.export.PngSnapshot;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.GuidedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Renders the explorer window offscreen, with its animation part-way through the step, to a PNG
 * (the window, the canvas or one chart), an SVG of one chart, or an animated GIF of one step.
 * Needs no display: without one it switches JavaFX to the headless Monocle platform itself. Never
 * replaces a file unless told to ({@code --overwrite}). The toolkit stays up after the command
 * (the launcher exits the process with the command's code), so several renders can share one JVM.
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render the explorer window to a PNG, SVG or animated GIF without opening it.",
                "The file name's extension picks the format: .png (the window, or --only canvas|chart), "
                        + ".svg (the --chart, vector) or .gif (one step of the animation)."})
public final class ScreenshotCommand implements Callable<Integer> {
    /** Exit code when rendering itself fails (a fault of ours, not the user's). */
    static final int FAILED = 1;
    /** Exit code for everything the user can fix: the options, the settings, the file. */
    static final int BAD_ARGUMENTS = 2;
    static final int MIN_WIDTH = 640;
    static final int MIN_HEIGHT = 400;
    static final int MAX_SIDE = 8192;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write: .png, .svg or .gif.")
    Path out;

    @Option(names = "--overwrite", description = "Replace the file if it is there (otherwise it is kept and nothing is written).")
    boolean overwrite;

    @Option(names = "--gif", description = "Write an animated GIF of one step (the same as an --out ending in .gif).")
    boolean gif;

    @Option(names = "--only", paramLabel = "PART", description = "For a PNG: window (default), canvas or chart.")
    String only = "window";

    @Option(names = "--scenario", paramLabel = "ID", description = "Guided scenario to show with its narrative; "
            + "the settings options then change it.")
    String scenario;

    @Mixin
    ScreenshotSettings settings = new ScreenshotSettings();

    @Option(names = "--chart", paramLabel = "ID", description = "Chart in front below the canvas: time, roofline, energy, memory-wall, fidelity, map or pareto.")
    String chart;

    @Option(names = "--at", paramLabel = "FRACTION", defaultValue = "0.5",
            description = "How far through the slowest chip's step the picture is, 0 to 1 (default ${DEFAULT-VALUE}).")
    double at;

    @Option(names = "--presenter", description = "Presenter mode: scaled up, the left panel folded, the tiles as a column.")
    boolean presenter;

    @Option(names = "--step", paramLabel = "N", description = "Step of the scenario to show (1 is the first; needs --scenario).")
    private Integer step;

    @Option(names = "--scale", defaultValue = "1", description = "Pixels per window pixel: 1, 2 or 4 (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--width", defaultValue = "1280", description = "Window width (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "720", description = "Window height (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the window: en or zh (Simplified Chinese; default ${DEFAULT-VALUE}).")
    String lang;

    /** The root command, whose inherited --presets names an extra preset folder (absent when run on its own). */
    @ParentCommand
    private MemwallCommand root;

    /** A mistake the user can fix: one line, exit code 2. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        try {
            ScreenshotJob job = job();
            Headless.useMonocleWithoutDisplay();
            Headless.startToolkit();
            CompletableFuture<String> rendered = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    rendered.complete(job.render());
                } catch (RuntimeException | Error e) {
                    rendered.completeExceptionally(e);
                }
            });
            String wrote = rendered.get(300, TimeUnit.SECONDS);
            spec.commandLine().getOut().println("wrote " + out + " (" + wrote + ")");
            return 0;
        } catch (Refused | IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            return BAD_ARGUMENTS;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refused r) {
                err.println(name + ": " + r.getMessage());
                return BAD_ARGUMENTS;
            }
            err.println(name + ": could not render the window: " + describe(e.getCause()));
            return FAILED;
        } catch (TimeoutException e) {
            err.println(name + ": could not render the window: it took more than 5 minutes");
            return FAILED;
        }
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Everything checked that can be checked before JavaFX starts: the options, the settings, the file. */
    ScreenshotJob job() {
        if (scale != 1 && scale != 2 && scale != 4) {
            throw new Refused("--scale must be 1, 2 or 4, got " + scale);
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_SIDE || height > MAX_SIDE) {
            throw new Refused("--width and --height must be between " + MIN_WIDTH + "x" + MIN_HEIGHT + " and " + MAX_SIDE
                    + "x" + MAX_SIDE + ", got " + width + "x" + height);
        }
        long pixelsWide = (long) width * scale;
        long pixelsHigh = (long) height * scale;
        if (pixelsWide > PngSnapshot.MAX_SIDE_PIXELS || pixelsHigh > PngSnapshot.MAX_SIDE_PIXELS) {
            throw new Refused("a picture of " + pixelsWide + "x" + pixelsHigh + " pixels is too large: at most "
                    + PngSnapshot.MAX_SIDE_PIXELS + " a side, so --width x --scale and --height x --scale up to that");
        }
        if (!(at >= 0 && at <= 1)) {
            throw new Refused("--at must be between 0 and 1 (the start and the end of the step), got " + at);
        }
        if (!theme.equalsIgnoreCase("light") && !theme.equalsIgnoreCase("dark")) {
            throw new Refused("--theme must be light or dark, got '" + theme + "'");
        }
        Language language = Language.parse(lang).orElseThrow(() -> new Refused("--lang must be en or zh, got '" + lang + "'"));
        if (step != null && scenario == null) {
            throw new Refused("--step needs --scenario: a step belongs to one scenario");
        }
        checkFile();
        ScreenshotJob.Format format = format();
        language.use();
        ExplorerFactory factory = ExplorerFactory.load(root == null ? Optional.empty() : root.presetsDir());
        ExplorerSettings chosen = factory.defaultSettings();
        if (scenario != null) {
            var guided = factory.guidedScenarios().stream().filter(s -> s.id().equals(scenario)).findFirst()
                    .orElseThrow(() -> new Refused("--scenario: no scenario preset '" + scenario + "'; known: "
                            + String.join(", ", factory.guidedScenarios().stream().map(GuidedScenario::id).toList())));
            int steps = guided.steps().size();
            if (step != null && (step < 1 || step > steps)) {
                throw new Refused("--step must be 1 to " + steps + " for scenario " + scenario + ", got " + step);
            }
            chosen = guided.steps().get(step == null ? 0 : step - 1).settings();
        }
        chosen = settings.applyTo(chosen, factory);
        return new ScreenshotJob(factory, chosen, Optional.ofNullable(scenario), step == null ? 0 : step - 1, Optional.ofNullable(chart), format, out,
                overwrite ? SafeFiles.Overwrite.REPLACE : SafeFiles.Overwrite.REFUSE, scale, width, height,
                theme.toLowerCase(Locale.ROOT), at, presenter);
    }

    private ScreenshotJob.Format format() {
        String file = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        ScreenshotJob.Format f = file.endsWith(".png") ? ScreenshotJob.Format.PNG : file.endsWith(".svg") ? ScreenshotJob.Format.SVG
                : file.endsWith(".gif") ? ScreenshotJob.Format.GIF : null;
        if (gif && f != ScreenshotJob.Format.GIF) {
            throw new Refused("--gif writes an animated GIF: give --out a name ending in .gif, got " + out);
        }
        if (f == null) {
            throw new Refused("--out must end in .png, .svg or .gif (the format), got " + out);
        }
        if (!only.equals("window") && !only.equals("canvas") && !only.equals("chart")) {
            throw new Refused("--only must be window, canvas or chart, got '" + only + "'");
        }
        if (f == ScreenshotJob.Format.PNG) {
            return only.equals("window") ? f : only.equals("canvas") ? ScreenshotJob.Format.CANVAS_PNG : ScreenshotJob.Format.CHART_PNG;
        }
        if (!only.equals("window") && !(f == ScreenshotJob.Format.SVG && only.equals("chart"))) {
            throw new Refused("--only is for a PNG; an SVG is always one chart and a GIF the canvas");
        }
        return f;
    }

    /** The cheap checks first, so a mistake costs no rendering; the write itself refuses again, race-free. */
    private void checkFile() {
        Path file = out.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new Refused(out + " is a folder; give --out a file name");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refused("cannot write " + out + ": the folder " + folder + " does not exist");
        }
        if (Files.exists(file) && !overwrite) {
            throw new Refused(out + " already exists; add --overwrite to replace it");
        }
        try {
            if (Files.exists(file) && SafeFiles.readOnly(file)) {
                throw new Refused("cannot replace " + out + ": the file is read-only");
            }
        } catch (java.io.IOException e) {
            throw new Refused("cannot write " + out + ": " + e.getMessage());
        }
        if (!Files.isWritable(folder)) {
            throw new Refused("cannot write " + out + ": the folder " + folder + " is not writable");
        }
    }
}
