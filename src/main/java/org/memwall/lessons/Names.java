package org.memwall.lessons;

import org.memwall.core.model.Hardware;
import org.memwall.core.sim.Result;

/** Short chip and model names for claim sentences. */
public final class Names {
    private Names() {
    }

    /** "NVIDIA H100 SXM5 80GB" becomes "NVIDIA H100", "Groq LPU (GroqChip 1 / TSP)" becomes "Groq LPU". */
    public static String chip(Hardware chip) {
        String name = chip.name();
        int paren = name.indexOf(" (");
        if (paren > 0) {
            name = name.substring(0, paren);
        }
        String[] words = name.trim().split("\\s+");
        return words.length <= 2 ? name.trim() : words[0] + " " + words[1];
    }

    static String chip(Result r) {
        return chip(r.hardware());
    }

    static String model(Result r) {
        return r.scenario().workload().model().name();
    }
}
