package org.memwall.economics;

import java.util.Locale;
import java.util.Optional;

/**
 * What a price counts. The capacity dispute turns on it: at what a buyer pays the LPU is dear per
 * unit of compute, at what the parts cost it is cheap.
 */
public enum PriceBasis {
    /** What a buyer pays: a list price, or the street price analysts and the press report. */
    LIST("list"),
    /** Bill of materials: what the card or module costs to build, without the sellers' margins. */
    BOM("bom");

    private final String id;

    PriceBasis(String id) {
        this.id = id;
    }

    /** "list" or "bom", as presets and the command line write it. */
    public String id() {
        return id;
    }

    public static Optional<PriceBasis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (PriceBasis b : values()) {
            if (b.id.equals(t)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
