package org.memwall.core.model;

import java.util.Locale;

/** Number formats a chip computes in or a tensor is stored in. FP16 stands for fp16 and bf16 alike. */
public enum Precision {
    FP16(16, false),
    FP8(8, false),
    INT8(8, true),
    INT4(4, true);

    private final int bits;
    private final boolean integer;
    /** Kept, not lower-cased on each call: runs ask for it on every slider tick. */
    private final String id;

    Precision(int bits, boolean integer) {
        this.bits = bits;
        this.integer = integer;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    public int bits() {
        return bits;
    }

    public double bytes() {
        return bits / 8.0;
    }

    public boolean isInteger() {
        return integer;
    }

    /** The lower-case name used in presets and on the command line ("fp16", "int8"). */
    public String id() {
        return id;
    }

    /** Reads "fp16", "bf16", "FP8", "int8", "int4". */
    public static Precision parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("bf16")) {
            return FP16;
        }
        for (Precision p : values()) {
            if (p.id().equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + text + "' (expected fp16, bf16, fp8, int8 or int4)");
    }
}
