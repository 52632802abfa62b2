package org.memwall.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.memwall.core.sim.Result;
import org.memwall.io.SafeFiles;
import org.memwall.ui.charts.HostedChart;
import org.memwall.ui.export.GifExport;
import org.memwall.ui.export.PngSnapshot;
import org.memwall.ui.export.ResultsExport;
import org.memwall.ui.export.ShownState;
import org.memwall.ui.export.SvgExport;
import org.memwall.ui.i18n.Messages;

/**
 * The window's exports: the window, the canvas or one chart as PNG (with the settings in text
 * chunks), a chart as SVG, one step of the animation as a GIF, the numbers as CSV or JSON. Every
 * file is written whole or not at all and never replaces one that is there unless told
 * ({@link SafeFiles}). The methods here throw; the window's say what happened in its status line.
 */
public final class WindowExports {
    /** Frames of the animated GIF and how long each shows: one loop of the step in four seconds. */
    public static final int GIF_FRAMES = 40;
    public static final int GIF_FRAME_CENTISECONDS = 10;

    private final Messages m = Messages.of(WindowExports.class);
    private final ExplorerWindow window;
    private final Optional<ResultsExport> resultsExport;
    private final Consumer<String> report;
    private final Supplier<ShownState> shown;

    WindowExports(ExplorerWindow window, Optional<ResultsExport> resultsExport, Consumer<String> report,
                  Supplier<ShownState> shown) {
        this.window = window;
        this.resultsExport = resultsExport;
        this.report = report;
        this.shown = shown;
    }

    boolean canExportNumbers() {
        return resultsExport.isPresent();
    }

    /** The whole window as on screen, without its status line (a message about the window is no part of its picture). */
    public void windowPng(Path file, double scale, SafeFiles.Overwrite policy) throws IOException {
        Node status = window.statusLine();
        boolean visible = status.isVisible();
        status.setVisible(false);
        try {
            PngSnapshot.write(window, file, scale, shown.get().textEntries(), policy);
        } finally {
            status.setVisible(visible);
        }
    }

    public void canvasPng(Path file, double scale, SafeFiles.Overwrite policy) throws IOException {
        PngSnapshot.write(window.animation().view(), file, scale, shown.get().textEntries(), policy);
    }

    /** One chart as PNG; a chart in a tab behind another comes to the front first. */
    public void chartPng(String id, Path file, double scale, SafeFiles.Overwrite policy) throws IOException {
        withTitle(id, chart -> PngSnapshot.write(chart, file, scale, shown.get().textEntries(), policy));
    }

    public void chartSvg(String id, Path file, SafeFiles.Overwrite policy) throws IOException {
        withTitle(id, chart -> SvgExport.write(chart, shown.get(), window.charts().title(id), file, policy));
    }

    /** A chart's picture carries its own title (with the unit), also when on screen its tab says it. */
    private void withTitle(String id, ChartExport export) throws IOException {
        Node chart = chartOnScreen(id);
        boolean tabbed = chart instanceof HostedChart && window.charts().inTab(id);
        if (tabbed) {
            ((HostedChart) chart).setHeadingShown(true);
            window.applyCss();
            window.layout();
        }
        try {
            export.write(chart);
        } finally {
            if (tabbed) {
                ((HostedChart) chart).setHeadingShown(false);
                window.applyCss();
                window.layout();
            }
        }
    }

    @FunctionalInterface
    private interface ChartExport {
        void write(Node chart) throws IOException;
    }

    /** One loop of the step on the canvas, {@value #GIF_FRAMES} frames; the animation is back where it was after. */
    public void animationGif(Path file, double scale, SafeFiles.Overwrite policy) throws IOException {
        Animation animation = window.animation();
        boolean playing = animation.playingProperty().get();
        double at = animation.simulatedSecondsProperty().get();
        animation.playingProperty().set(false);
        List<BufferedImage> frames = new ArrayList<>();
        try {
            double loop = animation.loopSeconds();
            for (int i = 0; i < GIF_FRAMES; i++) {
                animation.seek(loop * i / GIF_FRAMES);
                frames.add(PngSnapshot.image(animation.view(), scale));
            }
        } finally {
            animation.seek(at);
            animation.playingProperty().set(playing);
        }
        ShownState state = shown.get();
        GifExport.write(frames, GIF_FRAME_CENTISECONDS, state.description() + ". " + state.textEntries().get("Software"),
                file, policy);
    }

    /** The numbers on screen as CSV or JSON, by the file name's extension, with the settings they were made at. */
    public void numbers(Path file, SafeFiles.Overwrite policy) throws IOException {
        if (resultsExport.isEmpty()) {
            throw new IllegalStateException(m.get("export.numbers.unavailable"));
        }
        Optional<ResultsExport.Format> format = ResultsExport.Format.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            throw new IllegalArgumentException(m.get("export.numbers.extension"));
        }
        List<Result> results = window.viewModel().results();
        if (results.isEmpty()) {
            throw new IllegalStateException(m.get("export.numbers.none"));
        }
        String text = resultsExport.get().render(results, format.get(), shown.get());
        SafeFiles.write(file, policy, text.getBytes(StandardCharsets.UTF_8));
    }

    private Node chartOnScreen(String id) {
        Node chart = window.charts().chart(id).orElseThrow(() -> new IllegalArgumentException(m.format("export.noChart", id)));
        if (!window.charts().showing(id)) {
            window.charts().select(id);
            window.applyCss();
            window.layout();
        }
        return chart;
    }

    /** Why a write failed, in a few words for the status line or the command line. */
    String describe(Exception e) {
        if (e instanceof SafeFiles.TargetExistsException) {
            return m.get("export.exists");
        }
        if (e instanceof AccessDeniedException a) {
            return a.getReason() != null && a.getReason().contains("read-only") ? m.get("export.readOnly") : m.get("export.permissionDenied");
        }
        if (e instanceof NoSuchFileException) {
            return m.get("export.noFolder");
        }
        if (e.getMessage() != null && e.getMessage().endsWith("is a folder, not a file")) {
            return m.get("export.isFolder");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Runs an export, saying in the status line what was saved or why not; a failure changes nothing else. */
    boolean reported(Path file, String failedKey, Export export) {
        try {
            export.run();
            report.accept(m.format("export.saved", file.getFileName()));
            window.exportFolderProperty().set(Optional.ofNullable(file.toAbsolutePath().getParent()));
            return true;
        } catch (IOException | RuntimeException e) {
            report.accept(m.format(failedKey, file, describe(e)));
            return false;
        }
    }

    /** An export that may fail. */
    @FunctionalInterface
    interface Export {
        void run() throws IOException;
    }

    /** Asks where to save (in the last folder, a name from what is shown), then exports there. */
    void choose(String title, String stem, List<SaveDialog.Kind> kinds, String failedKey, java.util.function.Function<SaveDialog.Target, Export> export) {
        Window owner = window.getScene() == null ? null : window.getScene().getWindow();
        SaveDialog.Questions questions = window.saveQuestions();
        Path folder = window.exportFolderProperty().get().orElse(null);
        questions.chooseFile(owner, title, folder, stem + kinds.get(0).extension(), kinds)
                .flatMap(choice -> SaveDialog.target(choice, kinds, owner, questions))
                .ifPresent(target -> reported(target.file(), failedKey, export.apply(target)));
    }

    void chooseWindowPng(int scale) {
        String stem = shown.get().fileStem("") + (scale == 1 ? "" : "@" + scale + "x");
        choose(m.format("chooser.screenshot.title", scale), stem, List.of(png()), "export.screenshot.failed",
                t -> () -> windowPng(t.file(), scale, t.policy()));
    }

    void chooseCanvasPng() {
        choose(m.get("chooser.canvas.title"), shown.get().fileStem("canvas") + "@2x", List.of(png()), "export.screenshot.failed",
                t -> () -> canvasPng(t.file(), 2, t.policy()));
    }

    void chooseChartPng(String id) {
        choose(m.get("chooser.chart.title"), shown.get().fileStem(id) + "@2x", List.of(png()), "export.screenshot.failed",
                t -> () -> chartPng(id, t.file(), 2, t.policy()));
    }

    void chooseChartSvg(String id) {
        choose(m.get("chooser.svg.title"), shown.get().fileStem(id),
                List.of(new SaveDialog.Kind(m.get("chooser.svg"), ".svg")), "export.screenshot.failed",
                t -> () -> chartSvg(id, t.file(), t.policy()));
    }

    void chooseAnimationGif() {
        choose(m.get("chooser.gif.title"), shown.get().fileStem("step"),
                List.of(new SaveDialog.Kind(m.get("chooser.gif"), ".gif")), "export.screenshot.failed",
                t -> () -> animationGif(t.file(), 1, t.policy()));
    }

    void chooseNumbers() {
        choose(m.get("chooser.numbers.title"), shown.get().fileStem(""),
                List.of(new SaveDialog.Kind(m.get("chooser.numbers.csv"), ".csv"),
                        new SaveDialog.Kind(m.get("chooser.numbers.json"), ".json")),
                "export.numbers.failed", t -> () -> numbers(t.file(), t.policy()));
    }

    private SaveDialog.Kind png() {
        return new SaveDialog.Kind(m.get("chooser.screenshot.png"), ".png");
    }
}
