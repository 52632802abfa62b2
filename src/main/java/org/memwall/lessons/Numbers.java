package org.memwall.lessons;

import java.util.Locale;

/** Numbers as claim sentences show them, the same in every language: "23.9", "1,064", "0.40". */
public final class Numbers {
    private Numbers() {
    }

    /** Three significant digits, thousands separated, no exponent in the usual range. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double a = Math.abs(value);
        if (a >= 100 || a == 0) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (a >= 0.01) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.2g", value);
    }

    /** A number as written by hand: "3" for a whole number, otherwise as {@link #of}. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : of(value);
    }

    /** A whole number with thousands separated. */
    public static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A fraction as a percentage: 0.413 gives "41". */
    public static String percent(double fraction) {
        return of(100 * fraction);
    }

    /** A signed deviation as a percentage: -0.2 gives "-20", 0.05 "+5". */
    public static String signedPercent(double fraction) {
        String p = of(100 * fraction);
        return fraction > 0 ? "+" + p : p;
    }

    /** US dollars with a scale: "11.5 M", "300 k", "1,064". */
    public static String usd(double value) {
        double a = Math.abs(value);
        if (a >= 1e6) {
            return of(value / 1e6) + " M";
        }
        if (a >= 1e4) {
            return of(value / 1e3) + " k";
        }
        return of(value);
    }

    /** Bytes in GB: "13.5". */
    public static String gigabytes(double bytes) {
        return of(bytes / 1e9);
    }

    /** A node: "7", "4.5". */
    public static String nm(double nm) {
        return nm >= 10 ? String.format(Locale.ROOT, "%.0f", nm) : String.format(Locale.ROOT, "%.1f", nm).replaceAll("\\.0$", "");
    }
}
