package org.memwall.ui.format;

import org.memwall.core.model.Hardware;

/** Short chip names for places with little room: chart axes, legends, tile footers. */
public final class ChipNames {
    private ChipNames() {
    }

    /** A process node written in a chip's name: "12 nm" in "Digital SRAM-CIM chip (12 nm, ...)". */
    private static final java.util.regex.Pattern NODE_IN_NAME = java.util.regex.Pattern.compile("\\b\\d+(?:\\.\\d+)? ?nm\\b");

    /**
     * The chip's name as it is on screen: a node its preset's name states is replaced by the node
     * it runs at now, so a CIM chip moved to 7 nm no longer says "12 nm".
     */
    public static String name(Hardware chip) {
        java.util.regex.Matcher m = NODE_IN_NAME.matcher(chip.name());
        if (!m.find()) {
            return chip.name();
        }
        double nm = chip.processNodeNm();
        String node = (nm == Math.rint(nm) ? Long.toString(Math.round(nm)) : String.format(java.util.Locale.ROOT, "%.1f", nm)) + " nm";
        return chip.name().substring(0, m.start()) + node + chip.name().substring(m.end());
    }

    /** "NVIDIA H100 SXM5 80GB" becomes "NVIDIA H100", "Groq LPU (GroqChip 1 / TSP)" becomes "Groq LPU". */
    public static String shortName(Hardware chip) {
        return org.memwall.lessons.Names.chip(chip);
    }
}
