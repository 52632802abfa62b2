package org.memwall.ui.tiles;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.ui.theme.StyleClasses;

/**
 * The tiles folded to one narrow column of text, for a small window or presenter mode: each
 * tile's title, its number and unit, its lines and the compared chips' numbers, all wrapped,
 * never cut. It shows what {@link DashboardTiles#readoutsProperty()} says, so both views always agree.
 */
public final class CompactTiles extends VBox {
    public static final String STYLE = "mw-compact-tiles";
    public static final double WIDTH = 210;

    private final List<Row> rows = new ArrayList<>();

    private record Row(VBox box, Label title, Label value, Label description, Label note, Tooltip tip) {
    }

    public CompactTiles(DashboardTiles tiles) {
        getStyleClass().addAll(StyleClasses.TILE_PANEL, STYLE);
        setId("tiles-compact");
        setSpacing(6);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        tiles.readoutsProperty().addListener((obs, old, now) -> show(now));
        show(tiles.readoutsProperty().get());
    }

    private void show(List<Readout> readouts) {
        while (rows.size() < readouts.size()) {
            rows.add(row());
        }
        for (int i = 0; i < readouts.size(); i++) {
            Readout r = readouts.get(i);
            Row row = rows.get(i);
            row.box().setId(r.id() + "-compact");
            row.title().setText(r.title());
            row.value().setText(r.value());
            row.description().setText(r.description().replace('\n', ' '));
            row.note().setText(r.note());
            row.note().setVisible(!r.note().isEmpty());
            row.note().setManaged(!r.note().isEmpty());
            row.tip().setText(r.tip());
            if (r.stale() != row.box().getStyleClass().contains(StyleClasses.STALE)) {
                if (r.stale()) {
                    row.box().getStyleClass().add(StyleClasses.STALE);
                } else {
                    row.box().getStyleClass().remove(StyleClasses.STALE);
                }
            }
        }
        getChildren().setAll(rows.subList(0, readouts.size()).stream().map(Row::box).toList());
    }

    private static Row row() {
        Label title = label("mw-compact-title");
        Label value = label("mw-compact-value");
        Label description = label("mw-compact-description");
        Label note = label(StyleClasses.TILE_NOTE);
        VBox box = new VBox(0, title, value, description, note);
        box.getStyleClass().add("mw-compact-row");
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        Tooltip.install(box, tip);
        return new Row(box, title, value, description, note, tip);
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
