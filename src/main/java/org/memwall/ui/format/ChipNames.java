package org.memwall.ui.format;

import org.memwall.core.model.Hardware;

/** Short chip names for places with little room: chart axes, legends, tile footers. */
public final class ChipNames {
    private ChipNames() {
    }

    /** "NVIDIA H100 SXM5 80GB" becomes "NVIDIA H100", "Groq LPU (GroqChip 1 / TSP)" becomes "Groq LPU". */
    public static String shortName(Hardware chip) {
        return org.memwall.lessons.Names.chip(chip);
    }
}
