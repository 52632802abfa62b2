package org.memwall.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.memwall.core.sim.Result;
import org.memwall.cli.MemwallCommand;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.Setting;
import org.memwall.ui.shell.Animation;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Renders the explorer window offscreen, with its animation part-way through the step, to a PNG.
 * Needs no display: without one it switches JavaFX to the headless Monocle platform itself.
 * The toolkit stays up after the command (the launcher exits the process with the command's
 * code), so several renders can share one JVM.
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render the explorer window to a PNG without opening it.")
public final class ScreenshotCommand implements Callable<Integer> {
    /** Exit code when the settings name something that does not exist or the file cannot be written. */
    static final int FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write.")
    private Path out;

    @Option(names = "--hardware", paramLabel = "ID", description = "Main chip (default: the default scenario's).")
    private String hardware;

    @Option(names = "--model", paramLabel = "ID", description = "Model (default: the default scenario's).")
    private String model;

    @Option(names = "--compare", paramLabel = "ID", description = "Chip to show beside the main one; up to two. "
            + "'none' shows the main chip alone.")
    private List<String> compare = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "ID", description = "Guided scenario to show with its narrative; "
            + "--hardware, --model and --compare then change it.")
    private String scenario;

    @Option(names = "--step", paramLabel = "N", description = "Step of the scenario to show (1 is the first; needs --scenario).")
    private Integer step;

    @Option(names = "--scale", defaultValue = "1", description = "Pixels per window pixel: 1, 2 or 4 (default ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--width", defaultValue = "1280", description = "Window width (default ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "720", description = "Window height (default ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the window: en or zh (Simplified Chinese; default ${DEFAULT-VALUE}).")
    private String lang;

    /** The root command, whose inherited --presets names an extra preset folder (absent when run on its own). */
    @ParentCommand
    private MemwallCommand root;

    /** How far through the slowest chip's step the animation is when the picture is taken. */
    private static final double SHOWN_AT_FRACTION = 0.5;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (scale != 1 && scale != 2 && scale != 4) {
            err.println("--scale must be 1, 2 or 4, got " + scale);
            return BAD_ARGUMENTS;
        }
        if (width < 640 || height < 400 || width > 8192 || height > 8192) {
            err.println("--width and --height must be between 640x400 and 8192x8192, got " + width + "x" + height);
            return BAD_ARGUMENTS;
        }
        Optional<Language> language = Language.parse(lang);
        if (language.isEmpty()) {
            err.println("--lang must be en or zh, got " + lang);
            return BAD_ARGUMENTS;
        }
        if (step != null && scenario == null) {
            err.println("--step needs --scenario: a step belongs to one scenario");
            return BAD_ARGUMENTS;
        }
        language.get().use();
        ExplorerFactory factory = ExplorerFactory.load(root == null ? Optional.empty() : root.presetsDir());
        ExplorerSettings settings = factory.defaultSettings();
        try {
            settings = choose(factory, settings);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_ARGUMENTS;
        }
        Headless.useMonocleWithoutDisplay();
        Headless.startToolkit();
        ExplorerSettings chosen = settings;
        CompletableFuture<String> rendered = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                rendered.complete(render(factory, chosen));
            } catch (RuntimeException | Error e) {
                rendered.completeExceptionally(e);
            }
        });
        try {
            String problem = rendered.get(120, TimeUnit.SECONDS);
            if (!problem.isEmpty()) {
                err.println(problem);
                return FAILED;
            }
            spec.commandLine().getOut().println("wrote " + out + " (" + width * scale + "x" + height * scale + ")");
            return 0;
        } catch (ExecutionException e) {
            err.println("could not render the window: " + e.getCause());
            return FAILED;
        }
    }

    private ExplorerSettings choose(ExplorerFactory factory, ExplorerSettings settings) {
        if (scenario != null) {
            var guided = factory.guidedScenarios().stream().filter(s -> s.id().equals(scenario)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no scenario preset '" + scenario + "'; known: "
                            + String.join(", ", factory.guidedScenarios().stream().map(s -> s.id()).toList())));
            int steps = guided.steps().size();
            if (step != null && (step < 1 || step > steps)) {
                throw new IllegalArgumentException("--step must be 1 to " + steps + " for scenario " + scenario + ", got " + step);
            }
            settings = guided.steps().get(step == null ? 0 : step - 1).settings();
        }
        if (hardware != null) {
            requireHardware(factory, hardware);
            settings = settings.withHardware(hardware);
        }
        if (model != null) {
            if (factory.catalog().model(model).isEmpty()) {
                throw new IllegalArgumentException("no model preset '" + model + "'; known: "
                        + String.join(", ", factory.catalog().models().stream().map(m -> m.id()).toList()));
            }
            settings = settings.withModel(model);
        }
        if (!compare.isEmpty()) {
            List<String> ids = compare.equals(List.of("none")) ? List.of() : compare;
            if (ids.size() > ExplorerSettings.MAX_COMPARED) {
                throw new IllegalArgumentException("--compare takes at most " + ExplorerSettings.MAX_COMPARED + " chips");
            }
            ids.forEach(id -> requireHardware(factory, id));
            settings = settings.withCompareIds(ids);
        }
        return settings;
    }

    private static void requireHardware(ExplorerFactory factory, String id) {
        if (factory.catalog().hardware(id).isEmpty()) {
            throw new IllegalArgumentException("no hardware preset '" + id + "'; known: "
                    + String.join(", ", factory.catalog().hardware().stream().map(h -> h.id()).toList()));
        }
    }

    /** On the FX thread: build the window at the asked size, play to mid-step, write the PNG. */
    private String render(ExplorerFactory factory, ExplorerSettings settings) {
        ExplorerWindow window = factory.window(settings, Theme.parse(theme));
        if (scenario != null) {
            // The scenario's words on screen; the options given after it show as changes from it.
            ExplorerSettings asked = window.viewModel().settings();
            window.guide().choose(scenario, step == null ? 0 : step - 1);
            window.viewModel().update(Setting.HARDWARE, s -> asked);
        }
        new Scene(window, width, height);
        if (!window.viewModel().problemProperty().get().isEmpty() && window.viewModel().results().isEmpty()) {
            return "these settings cannot be simulated: " + window.viewModel().problemProperty().get();
        }
        Animation animation = window.animation();
        double slowest = window.viewModel().results().stream()
                .mapToDouble(Result::secondsPerToken).max().orElse(0);
        double trace = window.viewModel().results().stream()
                .mapToDouble(r -> r.decodeTrace().durationSeconds()).max().orElse(0);
        if (slowest > 0 && trace > 0 && animation.speedProperty().get() > 0) {
            animation.playingProperty().set(true);
            animation.advance(SHOWN_AT_FRACTION * trace / animation.speedProperty().get());
            animation.playingProperty().set(false);
        }
        window.applyCss();
        window.layout();
        if (!window.exportTo(out, scale)) {
            return window.statusProperty().get();
        }
        window.animation().stop();
        return "";
    }
}
