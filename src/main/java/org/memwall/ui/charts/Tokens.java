package org.memwall.ui.charts;

import org.memwall.core.model.MemoryKind;
import org.memwall.core.sim.Bound;
import org.memwall.core.trace.Trace;

/** Which theme token colours which kind of thing in the charts (the same tokens as the canvas). */
final class Tokens {
    private Tokens() {
    }

    static String of(Bound bound) {
        return switch (bound) {
            case COMPUTE -> "-mw-compute";
            case MEMORY -> "-mw-hbm";
            case LINK -> "-mw-link";
            case LATENCY -> "-mw-latency";
        };
    }

    static String of(MemoryKind kind) {
        return switch (kind) {
            case OFF_CHIP_DRAM -> "-mw-hbm";
            case ON_CHIP_SRAM -> "-mw-sram";
            case CIM_ARRAY -> "-mw-activations";
        };
    }

    static String ofLevel(org.memwall.core.model.Hardware chip, String level) {
        if (Trace.LINK.equals(level)) {
            return "-mw-link";
        }
        return chip.memory().stream().filter(l -> l.name().equals(level)).findFirst()
                .map(l -> of(l.kind())).orElse("-mw-latency");
    }

    /** Colours for the n-th of several series that are not kinds of memory (stacks on the fidelity chart). */
    static String ofSeries(int n) {
        String[] tokens = {"-mw-compute", "-mw-hbm", "-mw-sram", "-mw-kv", "-mw-link", "-mw-activations", "-mw-weights", "-mw-latency"};
        return tokens[n % tokens.length];
    }
}
