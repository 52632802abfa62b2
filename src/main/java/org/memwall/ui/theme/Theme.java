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
    // Packets, bounds, memories and chart series come from the Okabe-Ito palette, chosen so that every
    // pair that must be told apart stays apart for deuteranopia and protanopia too (ColourVisionTest).
    LIGHT(new Palette(
            Color.web("#D55E00"), // hbm: vermillion, the slow far memory and memory-bound time
            Color.web("#009E73"), // sram: bluish green, the fast near memory
            Color.web("#0072B2"), // compute: blue
            Color.web("#7c3aed"), // flow read and the focus ring
            Color.web("#E69F00"), // weights: orange
            Color.web("#CC79A7"), // KV cache: reddish purple
            Color.web("#56B4E9"), // activations (and CIM arrays): sky blue
            Color.web("#4D4D4D"), // links: dark grey
            Color.web("#A3A3A3"), // latency: light grey
            Color.web("#111827"),
            Color.web("#6b7280"),
            Color.web("#f3f4f6"),
            Color.web("#ffffff"),
            Color.web("#d1d5db"),
            Color.web("#b91c1c"))),
    DARK(new Palette(
            Color.web("#F07F3C"), // hbm: light vermillion
            Color.web("#27B48C"), // sram: bluish green
            Color.web("#4C8FE8"), // compute: blue
            Color.web("#c4b5fd"),
            Color.web("#F2A93B"), // weights: orange
            Color.web("#D98CC0"), // KV cache: reddish purple
            Color.web("#B5EEFA"), // activations: pale sky blue
            Color.web("#C0C0C0"), // links: light grey
            Color.web("#606060"), // latency: mid grey
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
