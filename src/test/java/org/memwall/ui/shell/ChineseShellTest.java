package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Phase;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window built in Chinese shows the shell's Chinese texts; one built in English keeps the English ones. */
@ExtendWith(ApplicationExtension.class)
class ChineseShellTest {
    private static final ExplorerSettings SETTINGS = new ExplorerSettings("test-gpu", List.of(), "small",
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0);
    private static final GuidedScenario WALL = new GuidedScenario("wall", "The memory wall", 1,
            "Compute outgrew memory.", List.of("the memory-wall history chart"), SETTINGS, List.of());

    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);
    private ExplorerWindow chinese;

    @Start
    void start(Stage stage) {
        chinese = build(Language.CHINESE);
        stage.setScene(new Scene(chinese, 1280, 720));
        stage.show();
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    private ExplorerWindow build(Language language) {
        Locale previous = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            language.use();
            return new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT,
                    List.of(WALL));
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, previous);
        }
    }

    private static List<String> menuTitles(ExplorerWindow window) {
        MenuBar bar = (MenuBar) window.lookup("#menu");
        return bar.getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> texts(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled l) {
            found.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
        }
    }

    @SuppressWarnings("unchecked")
    private static String phaseText(ExplorerWindow window) {
        ChoiceBox<Phase> phase = (ChoiceBox<Phase>) window.lookup("#phase");
        return phase.getConverter().toString(phase.getValue());
    }

    @Test
    void theChineseWindowShowsChineseShellTexts(FxRobot robot) {
        assertEquals(List.of("文件", "编辑", "视图", "播放", "场景", "帮助"), menuTitles(chinese));
        assertEquals("播放", ((ToggleButton) chinese.lookup("#play")).getText());
        assertEquals("解码步（单层）", phaseText(chinese));
        List<String> panel = texts(chinese.controls());
        assertTrue(panel.contains("批大小（同时处理的序列数）"), "the batch slider's name: " + panel);
        assertTrue(panel.contains("对比"), "the compare box: " + panel);
        assertTrue(panel.contains("主芯片：Test GPU") || panel.stream().anyMatch(t -> t.startsWith("主芯片：")), panel.toString());

        robot.interact(() -> chinese.animation().playingProperty().set(true));
        assertEquals("暂停", ((ToggleButton) chinese.lookup("#play")).getText());
        robot.interact(() -> chinese.animation().playingProperty().set(false));

        robot.interact(() -> chinese.guide().choose("wall"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> strip = texts(chinese.guide());
        assertTrue(strip.contains("论断 1 · The memory wall"), strip.toString());
        assertTrue(strip.contains("看点"), strip.toString());
        assertTrue(strip.contains("隐藏文字"), strip.toString());

        robot.interact(() -> chinese.guide().choose("no-such"));
        assertEquals("没有名为“no-such”的场景。", chinese.statusProperty().get());
    }

    @Test
    void anEnglishWindowStillShowsTheEnglishTexts(FxRobot robot) {
        ExplorerWindow[] english = new ExplorerWindow[1];
        robot.interact(() -> {
            english[0] = build(Language.ENGLISH);
            new Scene(english[0], 1280, 720); // skins the toolbar, so its buttons can be looked up
            english[0].applyCss();
            english[0].layout();
        });
        assertEquals(List.of("File", "Edit", "View", "Playback", "Scenarios", "Help"), menuTitles(english[0]));
        assertEquals("Play", ((ToggleButton) english[0].lookup("#play")).getText());
        assertEquals("decode step (one layer)", phaseText(english[0]));
        List<String> panel = texts(english[0].controls());
        assertTrue(panel.contains("Batch (sequences at once)"), panel.toString());
        assertTrue(panel.contains("Compare with"), panel.toString());

        robot.interact(() -> english[0].guide().choose("wall"));
        List<String> strip = texts(english[0].guide());
        assertTrue(strip.contains("Claim 1 · The memory wall"), strip.toString());
        assertTrue(strip.contains("Look at"), strip.toString());
        robot.interact(() -> english[0].guide().choose("no-such"));
        assertEquals("There is no scenario 'no-such'.", english[0].statusProperty().get());
    }
}
