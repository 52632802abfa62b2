package org.memwall.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The semantic colour tokens of one theme. CSS files refer to them as looked-up colours
 * ({@code -mw-hbm}); TilesFX tiles take the same colours as Java {@link Color}s, because their
 * skins read colours from properties rather than from CSS.
 *
 * @param hbm          off-chip DRAM (HBM stacks) and memory-bound time
 * @param sram         on-chip SRAM
 * @param compute      compute units and compute-bound time
 * @param flowRead     data on its way to compute
 * @param weights      packets carrying weights
 * @param kv           packets carrying the KV cache
 * @param activations  packets carrying activations
 * @param link         chip-to-chip links and link-bound time
 * @param latency      time spent in fixed latencies (launch, synchronisation)
 * @param text         body text
 * @param mutedText    secondary text and greyed (stale) numbers
 * @param background   window background
 * @param surface      panels and tiles
 * @param border       panel borders and grid lines
 * @param warning      the banner that says why a setting cannot work
 */
public record Palette(
        Color hbm,
        Color sram,
        Color compute,
        Color flowRead,
        Color weights,
        Color kv,
        Color activations,
        Color link,
        Color latency,
        Color text,
        Color mutedText,
        Color background,
        Color surface,
        Color border,
        Color warning) {

    /** Token name to colour, in the order the stylesheet declares them. */
    public Map<String, Color> tokens() {
        Map<String, Color> t = new LinkedHashMap<>();
        t.put("-mw-hbm", hbm);
        t.put("-mw-sram", sram);
        t.put("-mw-compute", compute);
        t.put("-mw-flow-read", flowRead);
        t.put("-mw-weights", weights);
        t.put("-mw-kv", kv);
        t.put("-mw-activations", activations);
        t.put("-mw-link", link);
        t.put("-mw-latency", latency);
        t.put("-mw-text", text);
        t.put("-mw-muted-text", mutedText);
        t.put("-mw-background", background);
        t.put("-mw-surface", surface);
        t.put("-mw-border", border);
        t.put("-mw-warning", warning);
        return t;
    }

    /** The tokens as a stylesheet for the scene root; JavaFX loads it from a data URI. */
    public String stylesheet() {
        StringBuilder css = new StringBuilder(".root {\n");
        tokens().forEach((name, colour) -> css.append("    ").append(name).append(": ").append(hex(colour)).append(";\n"));
        css.append("    -fx-base: ").append(hex(surface)).append(";\n");
        css.append("    -fx-background: ").append(hex(background)).append(";\n");
        css.append("    -fx-control-inner-background: ").append(hex(surface)).append(";\n");
        css.append("    -fx-text-base-color: ").append(hex(text)).append(";\n");
        css.append("    -fx-accent: ").append(hex(compute)).append(";\n");
        css.append("    -fx-focus-color: ").append(hex(flowRead)).append(";\n");
        css.append("}\n");
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
