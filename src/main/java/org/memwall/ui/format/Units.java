package org.memwall.ui.format;

import java.util.Locale;

/** Readable numbers with SI prefixes for the window: "3.35 TB/s", "80 GB", "412 µs", "1.2 J". */
public final class Units {
    private static final String[] BIG = {"", "k", "M", "G", "T", "P", "E"};
    private static final String[] SMALL = {"", "m", "µ", "n", "p"};

    private Units() {
    }

    public static String bytes(double bytes) {
        return big(bytes, "B");
    }

    public static String bytesPerSecond(double bytesPerSecond) {
        return big(bytesPerSecond, "B/s");
    }

    public static String opsPerSecond(double opsPerSecond) {
        return big(opsPerSecond, "op/s");
    }

    public static String seconds(double seconds) {
        return small(seconds, "s");
    }

    public static String joules(double joules) {
        return small(joules, "J");
    }

    public static String tokens(int tokens) {
        return tokens >= 1024 && tokens % 1024 == 0 ? (tokens / 1024) + "k" : Integer.toString(tokens);
    }

    /** Three significant digits, no exponent for the usual range (as the claim sentences write them). */
    public static String number(double value) {
        return org.memwall.lessons.Numbers.of(value);
    }

    static String big(double value, String unit) {
        if (!Double.isFinite(value)) {
            return "– " + unit;
        }
        int i = 0;
        double v = value;
        while (Math.abs(v) >= 1000 && i < BIG.length - 1) {
            v /= 1000;
            i++;
        }
        return trim(v) + " " + BIG[i] + unit;
    }

    static String small(double value, String unit) {
        if (!Double.isFinite(value)) {
            return "– " + unit;
        }
        if (Math.abs(value) >= 1000) {
            return big(value, unit);
        }
        int i = 0;
        double v = value;
        while (v != 0 && Math.abs(v) < 1 && i < SMALL.length - 1) {
            v *= 1000;
            i++;
        }
        return trim(v) + " " + SMALL[i] + unit;
    }

    private static String trim(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
