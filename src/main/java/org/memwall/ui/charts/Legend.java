package org.memwall.ui.charts;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** A row of coloured swatches; colours are theme tokens, so the legend follows the theme. */
final class Legend extends FlowPane {
    record Entry(String text, String token, boolean line) {
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
            swatch.setStyle((e.line() ? "-fx-border-color: " : "-fx-background-color: ") + e.token() + ";");
            Label l = new Label(e.text(), swatch);
            l.getStyleClass().add("mw-legend-label");
            getChildren().add(l);
        }
    }
}
