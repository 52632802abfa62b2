package org.memwall.cli;

import java.util.Locale;

/** Numbers for people: tok/s, ms, GB, mJ, with as many digits as the size needs. */
public final class Units {
    private Units() {
    }

    /** A number without trailing zeros ("3.35", "14", "0.5"). */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        // 1e-310 written out in full is over 300 digits
        return Math.abs(v) < 1e-6 || Math.abs(v) >= 1e15 ? rounded.toString() : rounded.toPlainString();
    }

    /** Three significant digits, grouped thousands above 1000 ("1,234", "98.7", "0.123"). */
    public static String significant(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1 || a == 0) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (a < 1e-6) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toPlainString();
    }

    public static String tokensPerSecond(double v) {
        return significant(v) + " tok/s";
    }

    /** Milliseconds, or microseconds below 0.01 ms (launch overheads, per-operator times). */
    public static String millis(double seconds) {
        if (seconds != 0 && Math.abs(seconds) < 1e-5) {
            return significant(seconds * 1e6) + " µs";
        }
        return significant(seconds * 1e3) + " ms";
    }

    /** Bytes in GB, MB or kB, whichever keeps the number readable. */
    public static String bytes(double b) {
        double a = Math.abs(b);
        if (a >= 1e9) {
            return significant(b / 1e9) + " GB";
        }
        if (a >= 1e6) {
            return significant(b / 1e6) + " MB";
        }
        if (a >= 1e3) {
            return significant(b / 1e3) + " kB";
        }
        return b == 0 ? "0 B" : significant(b) + " B";
    }

    /** Energy in mJ, or J from 1 J up. */
    public static String energy(double joules) {
        if (Math.abs(joules) >= 1) {
            return significant(joules) + " J";
        }
        return significant(joules * 1e3) + " mJ";
    }

    public static String bandwidth(double bytesPerSecond) {
        return bytesPerSecond >= 1e12
                ? significant(bytesPerSecond / 1e12) + " TB/s"
                : significant(bytesPerSecond / 1e9) + " GB/s";
    }

    public static String usd(double v) {
        return "$" + significant(v);
    }

    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f%%", fraction * 100) : "-";
    }

    public static String signedPercent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%+.1f%%", fraction * 100) : "-";
    }
}
