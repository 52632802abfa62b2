package org.memwall.ui.theme;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * Light and dark themes: a base palette per theme, mapped to semantic tokens ({@link Palette}),
 * used by one small stylesheet per component.
 */
public enum Theme {
    LIGHT(new Palette(
            Color.web("#c2410c"), // hbm: burnt orange, the slow far memory
            Color.web("#0f766e"), // sram: teal, the fast near memory
            Color.web("#1d4ed8"), // compute: blue
            Color.web("#7c3aed"),
            Color.web("#b45309"),
            Color.web("#be185d"),
            Color.web("#15803d"),
            Color.web("#4b5563"),
            Color.web("#9ca3af"),
            Color.web("#111827"),
            Color.web("#6b7280"),
            Color.web("#f3f4f6"),
            Color.web("#ffffff"),
            Color.web("#d1d5db"),
            Color.web("#b91c1c"))),
    DARK(new Palette(
            Color.web("#fb923c"),
            Color.web("#2dd4bf"),
            Color.web("#60a5fa"),
            Color.web("#c4b5fd"),
            Color.web("#fbbf24"),
            Color.web("#f472b6"),
            Color.web("#4ade80"),
            Color.web("#9ca3af"),
            Color.web("#6b7280"),
            Color.web("#f3f4f6"),
            Color.web("#9ca3af"),
            Color.web("#111827"),
            Color.web("#1f2937"),
            Color.web("#374151"),
            Color.web("#f87171")));

    /** One stylesheet per component, all written against the tokens only. */
    private static final List<String> COMPONENT_SHEETS = List.of(
            "/org/memwall/ui/shell/shell.css",
            "/org/memwall/ui/shell/controls.css",
            "/org/memwall/ui/tiles/tiles.css",
            "/org/memwall/ui/charts/charts.css",
            "/org/memwall/ui/map/map.css");

    private final Palette palette;

    Theme(Palette palette) {
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Replaces the scene's stylesheets with this theme's tokens and the component sheets. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(palette.stylesheet());
        for (String sheet : COMPONENT_SHEETS) {
            scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource(sheet), sheet).toExternalForm());
        }
    }

    public static Theme parse(String text) {
        return "dark".equalsIgnoreCase(text) ? DARK : LIGHT;
    }
}
