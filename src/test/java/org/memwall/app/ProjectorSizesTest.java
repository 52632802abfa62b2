package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.ui.NodeChecks;
import org.memwall.ui.i18n.InLanguage;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a projector (1024x768) and at the size it opens at (1280x720), with the shipped
 * presets: every chart's plot area is at least 300x200 px, on its own or in the tab in front, and no
 * label on screen is cut short with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorSizesTest {
    private static final double MIN_PLOT_WIDTH = 300;
    private static final double MIN_PLOT_HEIGHT = 200;

    private ExplorerFactory factory;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        factory = ExplorerFactory.load(Optional.empty());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.hide());
    }

    private ExplorerWindow open(FxRobot robot, Language language, int width, int height, String scenario) {
        ExplorerWindow[] window = new ExplorerWindow[1];
        robot.interact(() -> {
            window[0] = InLanguage.in(language, () -> {
                ExplorerWindow w = factory.window(factory.defaultSettings(), Theme.LIGHT);
                if (scenario != null) {
                    w.guide().choose(scenario);
                }
                return w;
            });
            stage.setScene(new Scene(window[0], width, height));
            stage.sizeToScene();
            stage.show();
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window[0].getWidth() == width && window[0].charts().getWidth() > 0);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not come up at " + width + "x" + height, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    private static List<String> smallPlots(FxRobot robot, ExplorerWindow window) {
        List<String> small = new ArrayList<>();
        for (String id : window.charts().ids()) {
            robot.interact(() -> {
                window.charts().select(id);
                window.applyCss();
                window.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node chart = window.charts().chart(id).orElseThrow();
            assertTrue(window.charts().showing(id), id + " is on screen once chosen");
            Node plot = chart.lookup(".chart-plot-background");
            if (plot == null) {
                plot = chart.lookup("." + org.memwall.ui.theme.StyleClasses.PLOT_AREA);
            }
            assertTrue(plot != null, id + " has a plot area to measure");
            Bounds b = plot.getLayoutBounds();
            if (b.getWidth() < MIN_PLOT_WIDTH || b.getHeight() < MIN_PLOT_HEIGHT) {
                small.add(String.format("%s %.0fx%.0f (window %.0fx%.0f, charts %.0fx%.0f, chart %.0f, scene %.0f)", id, b.getWidth(), b.getHeight(),
                        window.getWidth(), window.getHeight(), window.charts().getWidth(), window.charts().getHeight(),
                        chart.getLayoutBounds().getWidth(), window.getScene().getWidth()));
            }
        }
        return small;
    }

    private void check(FxRobot robot, Language language, int width, int height, String scenario) {
        ExplorerWindow window = open(robot, language, width, height, scenario);
        String where = width + "x" + height + " " + language.id() + (scenario == null ? "" : " " + scenario) + ": ";
        assertEquals(List.of(), smallPlots(robot, window), where + "plot areas under 300x200");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(NodeChecks.truncated(window)));
        assertEquals(List.of(), cut, where + "labels cut short");
    }

    /** Presenter mode scales the window up: on a projector it lays out in 800 px, and nothing may be cut there either. */
    private void checkPresenting(FxRobot robot, Language language, int width, int height) {
        ExplorerWindow window = open(robot, language, width, height, null);
        robot.interact(() -> {
            window.presenter().presentingProperty().set(true);
            // presenting goes full screen, and the headless screen is larger than a projector: back to its size
            stage.setFullScreen(false);
            stage.setWidth(width);
            stage.setHeight(height);
            window.applyCss();
            window.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String where = width + "x" + height + " " + language.id() + " presenting: ";
        assertEquals(width, window.getScene().getWidth(), 0.5, where + "at the projector's size");
        assertTrue(window.effectiveZoom() > 1, where + "scaled up");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(NodeChecks.truncated(window)));
        assertEquals(List.of(), cut, where + "labels cut short");
    }

    @Test
    void presenterModeOnAProjectorAndAWideScreen() {
        FxRobot robot = new FxRobot();
        checkPresenting(robot, Language.ENGLISH, 1024, 768);
        checkPresenting(robot, Language.CHINESE, 1024, 768);
        checkPresenting(robot, Language.CHINESE, 1920, 1080);
    }

    /** Wide screens show the tiles as tiles (not their column): their words must fit there too. */
    @Test
    void wideScreens() {
        FxRobot robot = new FxRobot();
        check(robot, Language.ENGLISH, 1920, 1080, null);
        check(robot, Language.CHINESE, 1920, 1080, null);
        check(robot, Language.ENGLISH, 1600, 900, "capacity-critique");
    }

    @Test
    void aProjectorsSize() {
        FxRobot robot = new FxRobot();
        check(robot, Language.ENGLISH, 1024, 768, null);
        check(robot, Language.ENGLISH, 1024, 768, "capacity-critique");
        check(robot, Language.CHINESE, 1024, 768, "memory-wall");
    }

    @Test
    void theSizeTheWindowOpensAt() {
        FxRobot robot = new FxRobot();
        check(robot, Language.ENGLISH, 1280, 720, null);
        check(robot, Language.ENGLISH, 1280, 720, "capacity-critique");
        check(robot, Language.CHINESE, 1280, 720, null);
    }
}
