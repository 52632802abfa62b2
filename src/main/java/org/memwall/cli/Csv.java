package org.memwall.cli;

import com.fasterxml.jackson.core.io.NumberOutput;
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

    /**
     * The shortest decimal that reads back as the same double (Jackson's Schubfach writer, the
     * algorithm of newer JDKs' Double.toString; Java 17's is several times slower, and a
     * million-row grid spends much of its time here). Empty for NaN and infinities.
     */
    static String number(double d) {
        return Double.isFinite(d) ? NumberOutput.toString(d, true) : "";
    }
}
