package org.memwall.ui.shell;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.lessons.Highlight;
import org.memwall.ui.lessons.CostControls;
import org.memwall.ui.lessons.LessonReadouts;
import org.memwall.ui.model.LessonViewModel;
import org.memwall.ui.tiles.DashboardTiles;

/**
 * Where the lesson views go in the window: the cost controls under the sliders, the readouts under
 * the tiles, and what a scenario step points at outlined on the tiles (the canvas and the charts
 * follow the same highlights through their own listeners).
 */
final class LessonWiring {
    private LessonWiring() {
    }

    /** The sliders with the price basis and the concurrent-streams slider below them. */
    static Node controls(Node sliders, LessonViewModel lessons) {
        VBox box = new VBox(sliders, new CostControls(lessons));
        box.getStyleClass().add("mw-control-panel");
        return box;
    }

    /** The tiles with the readouts below them; the tiles follow the step's highlights. */
    static Node tiles(DashboardTiles tiles, LessonViewModel lessons) {
        LessonReadouts content = new LessonReadouts(lessons);
        // folded unless the step refers to its numbers (or the user opens it): at 1024 x 768 the
        // tiles need the height
        TitledPane readouts = new TitledPane(null, content);
        // the title says what is inside: in a narrow column it wraps (a titled pane's own text does not)
        Label heading = new Label(content.title());
        heading.setId("readouts-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.prefWidthProperty().bind(readouts.widthProperty().subtract(40));
        readouts.setGraphic(heading);
        readouts.setId("readouts-pane");
        readouts.setAnimated(false);
        readouts.setMinWidth(0);
        readouts.setMaxWidth(Double.MAX_VALUE);
        readouts.getStyleClass().add("mw-readouts-pane");
        readouts.getStylesheets().addAll(content.getStylesheets());
        readouts.setExpanded(refersToReadouts(lessons.highlightsProperty().get()));
        lessons.highlightsProperty().addListener((obs, old, now) -> readouts.setExpanded(refersToReadouts(now)));
        lessons.highlightsProperty().addListener((obs, old, now) -> tiles.highlight(tileIds(now)));
        tiles.highlight(tileIds(lessons.highlightsProperty().get()));
        tiles.priceWith(lessons::hardwareCost);
        lessons.costsProperty().addListener((obs, old, now) -> tiles.priceWith(lessons::hardwareCost));
        VBox.setVgrow(tiles, Priority.ALWAYS);
        VBox box = new VBox(6, tiles, readouts);
        box.setPrefWidth(tiles.getPrefWidth());
        box.setMinWidth(tiles.getMinWidth());
        box.setMaxWidth(tiles.getMaxWidth());
        return box;
    }

    private static boolean refersToReadouts(List<Highlight> highlights) {
        return highlights.contains(Highlight.READOUTS) || highlights.contains(Highlight.OWNERSHIP);
    }

    /** The canvas outlines the blocks the step points at, and the chart it names comes to the front. */
    static void follow(LessonViewModel lessons, Animation animation, java.util.function.Consumer<Boolean> memoryWallShown) {
        java.util.function.Consumer<List<Highlight>> apply = now -> {
            if (animation instanceof CanvasAnimation c) {
                c.canvas().highlight(now.stream().filter(h -> h.place() == Highlight.Place.CANVAS).map(Highlight::id)
                        .collect(Collectors.toSet()));
            }
            if (now.contains(Highlight.CHART_MEMORY_WALL)) {
                memoryWallShown.accept(true);
            } else if (now.contains(Highlight.CHART_ENERGY)) {
                memoryWallShown.accept(false);
            }
        };
        lessons.highlightsProperty().addListener((obs, old, now) -> apply.accept(now));
        apply.accept(lessons.highlightsProperty().get());
    }

    static Set<String> tileIds(List<Highlight> highlights) {
        return highlights.stream().filter(h -> h.place() == Highlight.Place.TILE).map(Highlight::id).collect(Collectors.toSet());
    }
}
