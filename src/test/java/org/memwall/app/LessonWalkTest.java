package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.cli.MemwallCli;
import org.memwall.cli.PresetEnvironment;
import org.memwall.lessons.Check;
import org.memwall.lessons.ClaimTexts;
import org.memwall.lessons.Verdict;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.LessonViewModel;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window walks every guided scenario through every step, headless, and each verdict on the
 * strip is the one {@code lessons --format json} prints; a dragged slider flips a verdict.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWalkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Loaded once: the presets and the validation behind every result. */
    private static final ExplorerFactory FACTORY = ExplorerFactory.load(Optional.empty());
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        ExplorerFactory factory = FACTORY;
        window = factory.window(factory.defaultSettings(), Theme.LIGHT);
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private static JsonNode lessonsJson() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MemwallCli.execute(new PresetEnvironment(), new PrintWriter(out), new PrintWriter(err), "lessons", "--format", "json");
        assertEquals(0, code, err.toString());
        return JSON.readTree(out.toString());
    }

    /** The cost controls sit at the foot of the left panel: scroll it down so the robot can reach them. */
    private static void scrollToCosts(FxRobot robot) {
        javafx.scene.control.ScrollPane left = robot.lookup("#controls-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> left.setVvalue(left.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LessonViewModel lessons() {
        return window.lessons().orElseThrow();
    }

    @Test
    void everyStepsVerdictsOnTheStripAreTheOnesTheLessonsCommandPrints(FxRobot robot) throws Exception {
        JsonNode printed = lessonsJson();
        List<String> walked = new ArrayList<>();
        for (GuidedScenario s : window.guide().scenarios()) {
            for (int step = 0; step < s.steps().size(); step++) {
                int at = step;
                robot.interact(() -> window.guide().choose(s.id(), at));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(at, window.guide().stepProperty().get());
                List<Check> shown = lessons().checks();
                List<JsonNode> expected = new ArrayList<>();
                printed.forEach(o -> {
                    if (o.get("scenario").asText().equals(s.id()) && o.get("step").asInt() == at + 1) {
                        expected.add(o);
                    }
                });
                assertEquals(expected.size(), shown.size(), s.id() + " step " + (at + 1));
                for (int i = 0; i < shown.size(); i++) {
                    Check c = shown.get(i);
                    JsonNode o = expected.get(i);
                    String where = s.id() + " step " + (at + 1) + " " + c.claimId();
                    assertEquals(o.get("claim").asText(), c.claimId(), where);
                    assertEquals(o.get("verdict").asText(), c.verdict().id(), where);
                    if (o.get("computed").isNull()) {
                        assertTrue(c.computedValue().isEmpty(), where);
                    } else {
                        assertEquals(o.get("computed").asDouble(), c.computed(), Math.abs(c.computed()) * 1e-9, where);
                    }
                    // the numbers behind the verdict too (the published runs a claim quotes are the same)
                    assertEquals(o.get("sentence").asText(), ClaimTexts.english().sentence(c), where);
                    Label badge = robot.lookup("#verdict-" + i).queryAs(Label.class);
                    assertTrue(badge.getStyleClass().stream().anyMatch(st -> st.endsWith(c.verdict().id().replace(' ', '-'))),
                            where + ": " + badge.getStyleClass());
                    walked.add(where);
                }
                Label stepLabel = robot.lookup("#guide-step").queryAs(Label.class);
                if (s.steps().size() > 1) {
                    assertEquals("step " + (at + 1) + " of " + s.steps().size(), stepLabel.getText());
                }
            }
        }
        assertEquals(printed.size(), walked.size(), "every printed check was walked");
    }

    @Test
    void draggingTheStreamsSliderPastTheBreakEvenFlipsThePerTokenVerdict(FxRobot robot) {
        robot.interact(() -> window.guide().choose("capacity-critique", 3));
        robot.interact(() -> window.viewModel().update(org.memwall.ui.model.Setting.STREAMS, s -> s.withConcurrentStreams(1)));
        WaitForAsyncUtils.waitForFxEvents();
        Check before = lessons().checks().get(0);
        assertEquals("bom-per-token-lpu-cheaper", before.claimId());
        assertEquals(Verdict.DOES_NOT_HOLD, before.verdict(), before.toString());
        int breakEven = lessons().breakEvenProperty().get().orElseThrow().streams();
        assertTrue(breakEven > 1, "the break-even is reachable and above one stream: " + breakEven);
        scrollToCosts(robot);
        Slider slider = robot.lookup("#streams-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        // the slider is log2: drag until the streams reach the break-even
        double perStep = slider.getWidth() / (slider.getMax() - slider.getMin());
        double dx = perStep * (Math.log(breakEven + 0.5) / Math.log(2) - slider.getValue());
        robot.drag(thumb).moveBy(dx, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int now = window.viewModel().settings().concurrentStreams();
        assertTrue(now >= breakEven, "streams now " + now);
        Check after = lessons().checks().get(0);
        assertEquals(Verdict.HOLDS, after.verdict(), after.toString());
        Label badge = robot.lookup("#verdict-0").queryAs(Label.class);
        assertTrue(badge.getStyleClass().contains("mw-verdict-holds"), badge.getStyleClass().toString());
        assertTrue(window.guide().changedProperty().get(), "a dragged slider is a change from the step");
    }

    @Test
    void thePriceBasisSwitchFlipsThePerTopsVerdictOnScreen(FxRobot robot) {
        robot.interact(() -> window.guide().choose("capacity-critique", 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Verdict.HOLDS, lessons().checks().get(0).verdict());
        scrollToCosts(robot);
        robot.clickOn(robot.lookup("#basis-list").queryAs(ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Verdict.DOES_NOT_HOLD, lessons().checks().get(0).verdict(), lessons().checks().get(0).toString());
        assertNotEquals(Verdict.HOLDS, lessons().checks().get(0).verdict());
    }

    @Test
    void nextAndBackWalkTheStepsAndPageDownGoesOnToTheNextScenario(FxRobot robot) {
        robot.interact(() -> window.guide().choose("hbm-near-memory", 0));
        robot.clickOn("#guide-step-next");
        assertEquals(1, window.guide().stepProperty().get());
        assertEquals(256, window.viewModel().settings().batch(), "step 2 sets batch 256");
        robot.clickOn("#guide-step-back");
        assertEquals(0, window.guide().stepProperty().get());
        assertEquals(1, window.viewModel().settings().batch());
        int last = window.guide().currentProperty().get().orElseThrow().steps().size() - 1;
        robot.interact(() -> window.guide().choose("hbm-near-memory", last));
        String before = window.guide().currentProperty().get().orElseThrow().id();
        robot.interact(() -> window.guide().nextStep());
        assertNotEquals(before, window.guide().currentProperty().get().orElseThrow().id());
        assertEquals(0, window.guide().stepProperty().get());
    }
}
