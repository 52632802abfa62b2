package org.memwall.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import org.memwall.io.SafeFiles;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.Setting;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.shell.WindowExports;
import org.memwall.ui.theme.Theme;

/**
 * One {@code screenshot}, checked and ready: builds the window at the asked size with the asked
 * settings (a scenario's step, 0 for its first), moves the animation to the moment asked for and writes the file. Runs on the FX thread.
 */
record ScreenshotJob(ExplorerFactory factory, ExplorerSettings settings, Optional<String> scenario, int step, Optional<String> chart,
                     Format format, Path out, SafeFiles.Overwrite policy, int scale, int width, int height, String theme,
                     double at, boolean presenter) {

    enum Format { PNG, CANVAS_PNG, CHART_PNG, SVG, GIF }

    /** Renders and writes; returns what was written ("2560x1440"); {@link ScreenshotCommand.Refused} for the user's mistakes. */
    String render() {
        ExplorerWindow window = factory.window(settings, Theme.parse(theme));
        try {
            if (scenario.isPresent()) {
                // The scenario's words on screen; the options given after it show as changes from it.
                window.guide().choose(scenario.get(), step);
                window.viewModel().update(Setting.HARDWARE, s -> settings);
            }
            if (chart.isPresent()) {
                if (!window.charts().ids().contains(chart.get())) {
                    throw new ScreenshotCommand.Refused("--chart: no chart '" + chart.get() + "'; the charts are "
                            + String.join(", ", window.charts().ids()));
                }
                window.showChart(chart.get());
            }
            new Scene(window, width, height);
            if (presenter) {
                // as on screen: the window laid out at its size first, then presenting
                window.applyCss();
                window.layout();
                window.presenter().presentingProperty().set(true);
            }
            if (!window.viewModel().problemProperty().get().isEmpty() && window.viewModel().results().isEmpty()) {
                throw new ScreenshotCommand.Refused("these settings cannot be simulated: " + window.viewModel().problemProperty().get());
            }
            window.applyCss();
            window.layout();
            window.animation().seek(at * window.animation().loopSeconds());
            window.applyCss();
            window.layout();
            // the map computes off the FX thread; a picture waits for its grid (the host has placed its charts by now)
            if (window.lookup("#" + org.memwall.ui.map.MapChart.ID) instanceof org.memwall.ui.map.MapChart map) {
                map.model().computeNow();
            }
            // a toolbar decides what overflows from its last layout, and a label wraps from its width
            // the pass before: a few passes settle what one on-screen pulse after another would
            for (int pass = 0; pass < 3; pass++) {
                window.applyCss();
                window.layout();
            }
            return write(window);
        } finally {
            window.animation().stop();
        }
    }

    private String write(ExplorerWindow window) {
        WindowExports exports = window.exports();
        String chartId = chart.orElse(window.charts().selectedProperty().get());
        try {
            switch (format) {
                case PNG -> exports.windowPng(out, scale, policy);
                case CANVAS_PNG -> exports.canvasPng(out, scale, policy);
                case CHART_PNG -> exports.chartPng(chartId, out, scale, policy);
                case SVG -> exports.chartSvg(chartId, out, policy);
                case GIF -> exports.animationGif(out, scale, policy);
            }
        } catch (SafeFiles.TargetExistsException e) {
            throw new ScreenshotCommand.Refused(out + " already exists; add --overwrite to replace it");
        } catch (AccessDeniedException e) {
            throw new ScreenshotCommand.Refused("cannot write " + out + ": " + (e.getReason() == null ? "permission denied" : e.getReason()));
        } catch (NoSuchFileException e) {
            throw new ScreenshotCommand.Refused("cannot write " + out + ": the folder does not exist");
        } catch (IOException e) {
            throw new ScreenshotCommand.Refused("cannot write " + out + ": " + e.getMessage());
        }
        return switch (format) {
            case PNG -> (width * scale) + "x" + (height * scale);
            case SVG -> "the " + chartId + " chart";
            case GIF -> WindowExports.GIF_FRAMES + " frames, one step";
            case CANVAS_PNG -> "the canvas at " + scale + "x";
            case CHART_PNG -> "the " + chartId + " chart at " + scale + "x";
        };
    }
}
