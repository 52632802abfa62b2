package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export dialogs: a name from what is shown, the last folder, and never a file replaced without asking. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private ExplorerWindow window;

    /** Answers the dialogs as a user would: types a name, and says yes or no when asked to replace. */
    private static final class User implements SaveDialog.Questions {
        final List<String> seen = new ArrayList<>();
        Path typed;
        int kind;
        boolean replace;
        Path folderOffered;
        String nameOffered;

        @Override
        public Optional<SaveDialog.Choice> chooseFile(Window owner, String title, Path folder, String name, List<SaveDialog.Kind> kinds) {
            folderOffered = folder;
            nameOffered = name;
            return Optional.of(new SaveDialog.Choice(typed, kinds.get(kind)));
        }

        @Override
        public boolean replace(Window owner, Path file) {
            seen.add(file.getFileName().toString());
            return replace;
        }
    }

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of(),
                (results, format, shown) -> "numbers," + format + "\n");
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Test
    void aNameTypedWithoutItsExtensionDoesNotReplaceAFileWithoutAsking(@TempDir Path dir, FxRobot robot) throws Exception {
        Path existing = dir.resolve("slide.png");
        Files.writeString(existing, "yesterday's slide");
        User user = new User();
        user.typed = dir.resolve("slide");
        user.replace = false;
        robot.interact(() -> {
            window.setSaveQuestions(user);
            window.exports().chooseWindowPng(1);
        });
        assertEquals(List.of("slide.png"), user.seen, "asked before replacing the file the extension points at");
        assertEquals("yesterday's slide", Files.readString(existing), "no means no");

        user.replace = true;
        robot.interact(() -> window.exports().chooseWindowPng(1));
        assertEquals(1280, ImageIO.read(existing.toFile()).getWidth(), "yes replaces it with the picture");
        assertEquals("Saved slide.png", window.statusProperty().get());
    }

    @Test
    void theDialogOffersANameFromWhatIsShownAndTheLastFolderUsed(@TempDir Path dir, FxRobot robot) throws Exception {
        User user = new User();
        user.typed = dir.resolve("first.png");
        robot.interact(() -> {
            window.setSaveQuestions(user);
            window.exports().chooseWindowPng(2);
        });
        assertEquals("test-gpu_small@2x.png", user.nameOffered);
        assertTrue(Files.exists(dir.resolve("first.png")));
        assertTrue(user.seen.isEmpty(), "a new file: nothing to ask");

        Path sub = Files.createDirectory(dir.resolve("slides"));
        user.typed = sub.resolve("numbers");
        user.kind = 1;
        robot.interact(() -> window.exports().chooseNumbers());
        assertEquals(dir, user.folderOffered, "the folder of the last export");
        assertEquals("numbers,JSON\n", Files.readString(sub.resolve("numbers.json")), "the chosen kind's extension is added");

        user.typed = sub.resolve("roofline.svg");
        user.kind = 0;
        robot.interact(() -> window.exports().chooseChartSvg("roofline"));
        assertEquals(sub, user.folderOffered);
        assertEquals("test-gpu_small_roofline.svg", user.nameOffered);
        assertTrue(Files.readString(sub.resolve("roofline.svg")).contains("<svg"));
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesNoFile(@TempDir Path dir, FxRobot robot) {
        User user = new User();
        user.typed = dir.resolve("gone").resolve("x.png");
        robot.interact(() -> {
            window.setSaveQuestions(user);
            window.exports().chooseCanvasPng();
        });
        assertTrue(window.statusProperty().get().contains("the folder does not exist"), window.statusProperty().get());
        assertFalse(Files.exists(user.typed));
    }
}
