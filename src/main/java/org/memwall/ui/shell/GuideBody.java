package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.core.model.Hardware;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.LessonViewModel;

/**
 * The words of the scenario strip under its header: the step's narrative, the verdicts of its
 * claims (with the lessons), the chips a scenario names that are not shown, and what to look at.
 */
final class GuideBody {
    /** The look-at column's share of the strip: the narrative is about twice as long as the hints. */
    private static final double LOOK_AT_PERCENT_WIDTH = 34;

    private final Messages m = Messages.of(ScenarioGuide.class);
    private final ExplorerViewModel viewModel;
    private final Optional<LessonViewModel> lessons;
    private final Label narrative = new Label();
    private final Label notShown = new Label();
    private final VBox lookAt = new VBox(1);

    GuideBody(ExplorerViewModel viewModel, Optional<LessonViewModel> lessons) {
        this.viewModel = viewModel;
        this.lessons = lessons;
    }

    /** A scenario at a step (0 is the first). */
    void show(GuidedScenario s, int step) {
        narrative.setText(s.steps().size() > 1 ? s.steps().get(step).narrative() : s.narrative());
        List<Label> points = new ArrayList<>();
        for (String hint : s.lookAt()) {
            points.add(point("• " + hint));
        }
        if (s.notShownIds().isEmpty()) {
            notShown.setText("");
        } else {
            List<String> names = s.notShownIds().stream()
                    .map(id -> viewModel.hardware(id).map(Hardware::name).orElse(id)).toList();
            notShown.setText(m.format("guide.notShown", String.join(", ", names)));
        }
        Label head = new Label(m.get("guide.lookAt"));
        head.getStyleClass().add("mw-guide-head");
        lookAt.getChildren().setAll(head);
        lookAt.getChildren().addAll(points);
    }

    private static Label point(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    Node build() {
        narrative.setId("guide-narrative");
        narrative.getStyleClass().add("mw-guide-narrative");
        narrative.setWrapText(true);
        narrative.setMinHeight(Region.USE_PREF_SIZE);
        narrative.setMaxWidth(Double.MAX_VALUE);
        // Small preferred width: the narrative takes what the look-at column leaves, not the reverse.
        narrative.setPrefWidth(200);
        notShown.setId("guide-not-shown");
        notShown.getStyleClass().add("mw-guide-note");
        notShown.setWrapText(true);
        notShown.setMinHeight(Region.USE_PREF_SIZE);
        notShown.setPrefWidth(200);
        notShown.setMaxWidth(Double.MAX_VALUE);
        notShown.visibleProperty().bind(notShown.textProperty().isNotEmpty());
        notShown.managedProperty().bind(notShown.visibleProperty());
        VBox story = new VBox(2, narrative);
        lessons.ifPresent(l -> story.getChildren().add(new VerdictBadges(l)));
        story.getChildren().add(notShown);
        lookAt.setId("guide-look-at");
        lookAt.getStyleClass().add("mw-guide-look-at");
        // Fixed shares of the width, so the strip's height is known in one layout pass: a strip
        // that first comes out tall and then shrinks would shake the canvas and the tiles.
        GridPane body = new GridPane();
        body.setHgap(16);
        body.add(story, 0, 0);
        body.add(lookAt, 1, 0);
        body.getColumnConstraints().addAll(column(100 - LOOK_AT_PERCENT_WIDTH), column(LOOK_AT_PERCENT_WIDTH));
        GridPane.setValignment(story, VPos.TOP);
        GridPane.setValignment(lookAt, VPos.TOP);
        body.setId("guide-body");
        body.getStyleClass().add("mw-guide-body");
        return body;
    }

    private static ColumnConstraints column(double percentWidth) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percentWidth);
        return column;
    }
}
