package org.memwall.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ScenarioLibrary;

/**
 * "Save as scenario..." and "Open scenario...": a small form for the title, narrative and claim of
 * the settings on screen, and a file chooser for a scenario someone else wrote. A scenario that
 * saves or opens appears in the menu at once and is shown; one that does not changes nothing and
 * says what is wrong, naming field and line.
 */
final class ScenarioFiles {
    private static final Messages M = Messages.of(ScenarioFiles.class);

    private ScenarioFiles() {
    }

    static void saveAs(ScenarioGuide guide) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(M.get("save.title"));
        dialog.setHeaderText(M.get("save.header"));
        TextField title = new TextField();
        title.setId("save-scenario-title");
        TextArea narrative = new TextArea();
        narrative.setId("save-scenario-narrative");
        narrative.setPrefRowCount(4);
        narrative.setWrapText(true);
        TextField claim = new TextField();
        claim.setId("save-scenario-claim");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(M.get("save.field.title")), title);
        form.addRow(1, new Label(M.get("save.field.narrative")), narrative);
        form.addRow(2, new Label(M.get("save.field.claim")), claim);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        owner(guide).ifPresent(dialog::initOwner);
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> save(guide, title.getText(), narrative.getText(), claim.getText()));
    }

    /** Saves the settings on screen; true when the scenario was written and added to the menu. */
    static boolean save(ScenarioGuide guide, String title, String narrative, String claim) {
        Optional<ScenarioLibrary> library = guide.library();
        if (library.isEmpty()) {
            return false;
        }
        ScenarioLibrary.Outcome out = library.get().save(title, narrative,
                claim == null || claim.isBlank() ? Optional.empty() : Optional.of(claim.strip()),
                guide.viewModel().settings(), guide.costs());
        return settle(guide, out, "save");
    }

    static void open(ScenarioGuide guide) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(M.get("open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(M.get("open.filter"), "*.json"));
        File file = chooser.showOpenDialog(owner(guide).orElse(null));
        if (file != null) {
            open(guide, file.toPath());
        }
    }

    /** Opens a scenario file; true when it was copied into the user's folder and added to the menu. */
    static boolean open(ScenarioGuide guide, Path file) {
        Optional<ScenarioLibrary> library = guide.library();
        return library.isPresent() && settle(guide, library.get().open(file), "open");
    }

    private static boolean settle(ScenarioGuide guide, ScenarioLibrary.Outcome out, String what) {
        if (out.scenario().isPresent()) {
            guide.add(out.scenario().get());
            guide.report(M.format(what + ".done", out.scenario().get().title(), out.where()));
            return true;
        }
        String problems = String.join("\n", out.problems());
        guide.report(M.format(what + ".failed", out.problems().isEmpty() ? "" : out.problems().get(0)));
        if (guide.getScene() != null && guide.getScene().getWindow() != null && guide.getScene().getWindow().isShowing()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, problems, ButtonType.OK);
            alert.setHeaderText(M.get(what + ".failed.header"));
            owner(guide).ifPresent(alert::initOwner);
            alert.show();
        }
        return false;
    }

    private static Optional<Window> owner(ScenarioGuide guide) {
        return Optional.ofNullable(guide.getScene()).map(s -> s.getWindow());
    }
}
