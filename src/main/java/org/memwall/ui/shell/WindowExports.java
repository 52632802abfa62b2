package org.memwall.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.memwall.core.sim.Result;
import org.memwall.ui.export.PngSnapshot;
import org.memwall.ui.export.ResultsExport;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerViewModel;

/**
 * The window's exports: a screenshot as PNG, the numbers on screen as CSV or JSON. Each says in
 * the window's status line what it saved or why it could not; a failure changes nothing else.
 */
final class WindowExports {
    private final Messages m = Messages.of(WindowExports.class);
    private final ExplorerViewModel viewModel;
    private final Optional<ResultsExport> resultsExport;
    private final Consumer<String> report;

    WindowExports(ExplorerViewModel viewModel, Optional<ResultsExport> resultsExport, Consumer<String> report) {
        this.viewModel = viewModel;
        this.resultsExport = resultsExport;
        this.report = report;
    }

    boolean canExportNumbers() {
        return resultsExport.isPresent();
    }

    /** Writes the numbers on screen as CSV or JSON, chosen by the file name's extension. */
    boolean numbersTo(Path file) {
        if (resultsExport.isEmpty()) {
            report.accept(m.get("export.numbers.unavailable"));
            return false;
        }
        Optional<ResultsExport.Format> format = ResultsExport.Format.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            report.accept(m.format("export.numbers.badName", file));
            return false;
        }
        List<Result> results = viewModel.results();
        if (results.isEmpty()) {
            report.accept(m.get("export.numbers.none"));
            return false;
        }
        try {
            // the file chooser asked before replacing; a failed write keeps the old file
            org.memwall.io.SafeFiles.write(file, org.memwall.io.SafeFiles.Overwrite.REPLACE,
                    resultsExport.get().render(results, format.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            report.accept(m.format("export.saved", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            report.accept(m.format("export.numbers.failed", file, describe(e)));
            return false;
        }
    }

    /** Writes {@code node} as a PNG at {@code scale} times its size. */
    boolean pngTo(Node node, Path file, double scale) {
        try {
            PngSnapshot.write(node, file, scale);
            report.accept(m.format("export.saved", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            report.accept(m.format("export.screenshot.failed", file, e.getMessage()));
            return false;
        }
    }

    private String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return m.get("export.permissionDenied");
        }
        if (e instanceof NoSuchFileException) {
            return m.get("export.noFolder");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    void chooseAndExportNumbers(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("chooser.numbers.title"));
        chooser.setInitialFileName("memory-wall.csv");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("chooser.numbers.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(m.get("chooser.numbers.json"), "*.json"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            String name = file.getName();
            boolean named = ResultsExport.Format.ofFileName(name).isPresent();
            // a name typed without an extension takes the one of the filter chosen
            String extension = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().contains("*.json") ? ".json" : ".csv";
            numbersTo(named ? file.toPath() : file.toPath().resolveSibling(name + extension));
        }
    }

    void chooseAndExportPng(Node node, Window owner, int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.format("chooser.screenshot.title", scale));
        chooser.setInitialFileName(scale == 1 ? "memory-wall.png" : "memory-wall@" + scale + "x.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("chooser.screenshot.png"), "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            String name = file.getName().toLowerCase(Locale.ROOT);
            Path path = name.endsWith(".png") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".png");
            pngTo(node, path, scale);
        }
    }
}
