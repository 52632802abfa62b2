package org.memwall.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.memwall.io.SafeFiles;
import org.memwall.ui.i18n.Messages;

/**
 * Where an export goes: the save dialog opens in the last folder used with a name made from what
 * is shown; a name typed without its extension gets it, and if that file exists the user is asked
 * before it is replaced (the dialog asked already about a name typed whole). The dialogs are an
 * interface so tests can answer them.
 */
public final class SaveDialog {
    /** One kind of file the dialog offers ("PNG image", ".png"). */
    public record Kind(String description, String extension) {
    }

    /** The user's answer: the file as typed and the kind chosen in the dialog. */
    public record Choice(Path file, Kind kind) {
    }

    /** Where a write goes, and whether it may replace a file that is there. */
    public record Target(Path file, SafeFiles.Overwrite policy) {
    }

    /** The questions the dialog asks; the window's are JavaFX's file chooser and a confirmation. */
    public interface Questions {
        Optional<Choice> chooseFile(Window owner, String title, Path folder, String name, List<Kind> kinds);

        boolean replace(Window owner, Path file);
    }

    private SaveDialog() {
    }

    /**
     * The file to write for a choice: its name as typed when it ends in one of {@code kinds}'
     * extensions (the dialog confirmed replacing it), else with the chosen kind's extension added,
     * asking before an existing file of that name is replaced. Empty when the user says no.
     */
    public static Optional<Target> target(Choice choice, List<Kind> kinds, Window owner, Questions questions) {
        String name = choice.file().getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean typedWhole = kinds.stream().anyMatch(k -> lower.endsWith(k.extension()));
        if (typedWhole) {
            return Optional.of(new Target(choice.file(), SafeFiles.Overwrite.REPLACE));
        }
        Path file = choice.file().resolveSibling(name + choice.kind().extension());
        if (Files.exists(file)) {
            return questions.replace(owner, file) ? Optional.of(new Target(file, SafeFiles.Overwrite.REPLACE)) : Optional.empty();
        }
        return Optional.of(new Target(file, SafeFiles.Overwrite.REFUSE));
    }

    /** JavaFX's save dialog and a yes/no question. */
    public static Questions standard() {
        Messages m = Messages.of(SaveDialog.class);
        return new Questions() {
            @Override
            public Optional<Choice> chooseFile(Window owner, String title, Path folder, String name, List<Kind> kinds) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.setInitialFileName(name);
                for (Kind k : kinds) {
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(k.description(), "*" + k.extension()));
                }
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
                Kind kind = kinds.stream().filter(k -> chosen != null && chosen.getExtensions().contains("*" + k.extension()))
                        .findFirst().orElse(kinds.get(0));
                return Optional.of(new Choice(file.toPath(), kind));
            }

            @Override
            public boolean replace(Window owner, Path file) {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.format("replace.question", file.getFileName(),
                        file.getParent()), ButtonType.YES, ButtonType.NO);
                ask.setTitle(m.get("replace.title"));
                ask.setHeaderText(m.format("replace.header", file.getFileName()));
                ask.initOwner(owner);
                return ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
            }
        };
    }
}
