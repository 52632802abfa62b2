package org.memwall.ui.charts;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** A row of coloured swatches; colours are theme tokens, so the legend follows the theme. */
final class Legend extends FlowPane {
    /** A marker that is a circle (a round swatch, not a path). */
    static final String CIRCLE = "circle";

    /**
     * @param line    a line swatch (a roof, a trend) rather than a filled square
     * @param pattern lines over the square, as over the bars it stands for
     * @param marker  an SVG path shape for the square, as the points it stands for ("" for a square)
     */
    record Entry(String text, String token, boolean line, Hatch.Pattern pattern, String marker) {
        Entry(String text, String token, boolean line) {
            this(text, token, line, Hatch.Pattern.NONE, "");
        }

        static Entry hatched(String text, String token, Hatch.Pattern pattern) {
            return new Entry(text, token, false, pattern, "");
        }

        static Entry marker(String text, String token, String shape) {
            return new Entry(text, token, false, Hatch.Pattern.NONE, shape);
        }
    }

    Legend() {
        setHgap(8);
        setVgap(2);
        setAlignment(Pos.CENTER);
        getStyleClass().add("mw-legend");
    }

    private List<Entry> shown = List.of();

    /** Rebuilds the swatches only when the entries differ: a slider tick usually keeps them. */
    void show(List<Entry> entries) {
        if (entries.equals(shown)) {
            return;
        }
        shown = List.copyOf(entries);
        getChildren().clear();
        for (Entry e : entries) {
            Region swatch = new Region();
            swatch.getStyleClass().add(e.line() ? "mw-legend-line" : "mw-legend-swatch");
            swatch.setStyle((e.line() ? "-fx-border-color: " : "-fx-background-color: ") + e.token() + ";"
                    + (e.marker().isEmpty() ? "" : e.marker().equals(CIRCLE) ? " -fx-background-radius: 6;"
                    : " -fx-shape: \"" + e.marker() + "\"; -fx-background-radius: 0;"));
            javafx.scene.Node graphic = swatch;
            if (e.pattern() != Hatch.Pattern.NONE) {
                javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(swatch, new Hatch(e.pattern()));
                box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
                graphic = box;
            }
            Label l = new Label(e.text(), graphic);
            l.getStyleClass().add("mw-legend-label");
            getChildren().add(l);
        }
    }
}
