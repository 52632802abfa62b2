package org.memwall.ui.tiles;

import eu.hansolo.tilesfx.Tile;
import java.util.Objects;

/**
 * TilesFX redraws a whole tile (re-fitting every text by shrinking its font step by step) on each
 * set of its decimals, unit, title, description or text, even to the same value: these set only
 * what changed, so a slider tick redraws a tile at most once or twice.
 */
final class TileSetters {
    private TileSetters() {
    }

    static void decimals(Tile t, int decimals) {
        if (t.getDecimals() != decimals) {
            t.setDecimals(decimals);
        }
    }

    static void unit(Tile t, String unit) {
        if (!Objects.equals(t.getUnit(), unit)) {
            t.setUnit(unit);
        }
    }

    static void title(Tile t, String title) {
        if (!Objects.equals(t.getTitle(), title)) {
            t.setTitle(title);
        }
    }

    static void description(Tile t, String description) {
        if (!Objects.equals(t.getDescription(), description)) {
            t.setDescription(description);
        }
    }
}
