package org.memwall.ui.canvas;

import java.util.Locale;

/** Numbers in the units people read on datasheets: decimal GB, TB/s, µs. */
final class Readable {
    private static final String[] BYTE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private Readable() {
    }

    static String bytes(double bytes) {
        return scaled(bytes, BYTE_UNITS, "");
    }

    static String bandwidth(double bytesPerSecond) {
        return scaled(bytesPerSecond, BYTE_UNITS, "/s");
    }

    /** "989 TFLOPS" for float formats, "1979 TOPS" for integer ones. */
    static String opsPerSecond(double opsPerSecond, boolean integer) {
        String[] units = integer
                ? new String[] {"OPS", "kOPS", "MOPS", "GOPS", "TOPS", "POPS"}
                : new String[] {"FLOPS", "kFLOPS", "MFLOPS", "GFLOPS", "TFLOPS", "PFLOPS"};
        return scaled(opsPerSecond, units, "");
    }

    static String seconds(double s) {
        double a = Math.abs(s);
        if (a == 0) {
            return "0 µs";
        }
        if (a < 1e-6) {
            return number(s * 1e9) + " ns";
        }
        if (a < 1e-3) {
            return number(s * 1e6) + " µs";
        }
        if (a < 1) {
            return number(s * 1e3) + " ms";
        }
        return number(s) + " s";
    }

    private static String scaled(double value, String[] units, String suffix) {
        int i = 0;
        double v = value;
        while (Math.abs(v) >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return number(v) + " " + units[i] + suffix;
    }

    /** Three significant digits, no trailing zeros: 3.35, 80, 989, 12.5. */
    static String number(double v) {
        double a = Math.abs(v);
        String text;
        if (a >= 100) {
            text = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            text = String.format(Locale.ROOT, "%.1f", v);
        } else {
            text = String.format(Locale.ROOT, "%.2f", v);
        }
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text;
    }
}
