package org.memwall.cli;

import java.util.List;
import java.util.stream.Collectors;

/** CSV lines as RFC 4180 quotes them. */
public final class Csv {
    private Csv() {
    }

    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(","));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? number(d) : value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String number(double d) {
        return Double.isFinite(d) ? Double.toString(d) : "";
    }
}
