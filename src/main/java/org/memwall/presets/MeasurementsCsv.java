package org.memwall.presets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Measurement;

/**
 * Reads published measured runs ({@code measurements.csv}: one run per row, RFC 4180 quoting) into
 * core {@link Measurement}s. A bad row stops the load with a {@link PresetFormatException} naming
 * file and line: calibration against half a table would silently mislead.
 */
public final class MeasurementsCsv {
    static final List<String> HEADER = List.of("id", "hardware", "model", "chips", "batch", "prompt", "output",
            "precision", "metric", "value", "unit", "conditions", "source");
    static final String BUILT_IN = "measurements.csv";

    private MeasurementsCsv() {
    }

    public static List<Measurement> load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The measurements shipped with the program. */
    public static List<Measurement> loadBuiltIn() {
        String text = PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + BUILT_IN)
                .orElseThrow(() -> new PresetFormatException(BUILT_IN, 0, "missing from the classpath"));
        return parse(BUILT_IN, text);
    }

    static List<Measurement> parse(String file, String text) {
        List<Row> rows = rows(file, text);
        if (rows.isEmpty() || !rows.get(0).cells().equals(HEADER)) {
            throw new PresetFormatException(file, 1, "the header must be " + String.join(",", HEADER));
        }
        List<Measurement> result = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            List<String> c = row.cells();
            if (c.size() == 1 && c.get(0).isBlank()) {
                continue;
            }
            if (c.size() != HEADER.size()) {
                throw new PresetFormatException(file, row.line(), "expected " + HEADER.size() + " columns, got " + c.size());
            }
            try {
                result.add(new Measurement(text(c, 0), text(c, 1), text(c, 2),
                        positiveInt(c, 3), positiveInt(c, 4), positiveInt(c, 5), positiveInt(c, 6),
                        Precision.parse(c.get(7)), metric(c.get(8)), positiveNumber(c, 9), text(c, 10), c.get(11), text(c, 12)));
            } catch (IllegalArgumentException e) {
                throw new PresetFormatException(file, row.line(), e.getMessage());
            }
        }
        return result;
    }

    private static String metric(String text) {
        if (!List.of(Measurement.DECODE_TOKENS_PER_SECOND_PER_USER, Measurement.DECODE_TOKENS_PER_SECOND, Measurement.TTFT_SECONDS).contains(text)) {
            throw new IllegalArgumentException("metric: unknown metric '" + text + "'");
        }
        return text;
    }

    private static String text(List<String> cells, int column) {
        String v = cells.get(column).trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(HEADER.get(column) + ": must not be empty");
        }
        return v;
    }

    private static int positiveInt(List<String> cells, int column) {
        String v = cells.get(column).trim();
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new IllegalArgumentException(HEADER.get(column) + ": must be a positive whole number, got '" + v + "'");
    }

    private static double positiveNumber(List<String> cells, int column) {
        String v = cells.get(column).trim();
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new IllegalArgumentException(HEADER.get(column) + ": must be a positive number, got '" + v + "'");
    }

    record Row(int line, List<String> cells) {
    }

    /** Splits RFC 4180 text into rows; a quoted cell may hold commas, doubled quotes and line breaks. */
    static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new PresetFormatException(file, rowLine, "a quoted cell is not closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
