package org.memwall.ui.canvas;

import java.util.Locale;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.UnitShape;
import org.memwall.core.sim.Operator;
import org.memwall.ui.i18n.Messages;

/**
 * The canvas's words in the current language. Names that come from the core (families, operators)
 * and from presets (memory levels) are looked up by enum name or by the level's name; one the
 * bundle does not know keeps its own English text, so a new operator or a user's preset still shows.
 */
final class CanvasText {
    private final Messages m;

    private CanvasText(Messages m) {
        this.m = m;
    }

    /** The texts in the language views are built in now. */
    static CanvasText current() {
        return new CanvasText(Messages.of(CanvasText.class));
    }

    String get(String key) {
        return m.get(key);
    }

    String format(String key, Object... args) {
        return m.format(key, args);
    }

    private String orElse(String key, String fallback) {
        String text = m.get(key);
        return text.equals(key) ? fallback : text;
    }

    String family(ArchitectureFamily family) {
        return orElse("family." + family.name(), family.label());
    }

    String operator(Operator operator) {
        return orElse("operator." + operator.name(), operator.label());
    }

    /** A memory level's name as shown: "L2 cache" is translated, "HBM3" or "VMEM" stay as they are. */
    String level(String name) {
        return orElse("level." + slug(name), name);
    }

    /** "SM" or "SMs", "systolic array(s)", "CIM macro(s)". */
    String unit(UnitShape shape, int count) {
        return get("unit." + shape.name() + (count == 1 ? ".one" : ".many"));
    }

    /** "L2 cache" -> "l2-cache", "SRAM (MEM slices)" -> "sram-mem-slices". */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
