package org.memwall.presets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;
import org.memwall.core.sim.RunMode;

/**
 * Reads published measured runs ({@code measurements.csv}: one run per row, RFC 4180 quoting) into
 * core {@link Measurement}s. Two layouts load: the 17 columns of the shipped file and the 13 of
 * earlier files (formats by common practice, stack unknown, a static batch). A bad row stops the
 * load with a {@link PresetFormatException} naming file and line: calibration against half a
 * table would silently mislead.
 */
public final class MeasurementsCsv {
    static final List<String> SHORT_HEADER = List.of("id", "hardware", "model", "chips", "batch", "prompt", "output",
            "precision", "metric", "value", "unit", "conditions", "source");
    static final List<String> HEADER;
    static final String BUILT_IN = "measurements.csv";
    static final String BUILT_IN_UNSCORED = "measurements-unscored.csv";
    static final String BUILT_IN_ENERGY = "energy.csv";

    static {
        List<String> h = new ArrayList<>(SHORT_HEADER);
        h.addAll(List.of("compute_precision", "kv_precision", "stack", "mode"));
        HEADER = List.copyOf(h);
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    private MeasurementsCsv() {
    }

    /** Largest measurements file read: the shipped one is 34 kB; this holds about 200,000 rows. */
    static final long MAX_FILE_BYTES = 16L << 20;

    /**
     * Reads a measurements file of the user's: a regular file of at most {@link #MAX_FILE_BYTES},
     * UTF-8 with or without a byte-order mark; anything else is a {@link PresetFormatException}.
     */
    public static List<Measurement> load(Path file) {
        return parse(file.toString(), BoundedText.read(file, MAX_FILE_BYTES, file.toString()));
    }

    /** The measurements shipped with the program: the runs the model is fitted to and scored on. */
    public static List<Measurement> loadBuiltIn() {
        return loadResource(BUILT_IN);
    }

    /**
     * Published runs a static-batch model cannot be scored on yet (serving runs, max-throughput
     * runs, vendor claims): shown beside the scored ones, never fitted to.
     */
    public static List<Measurement> loadBuiltInUnscored() {
        return loadResource(BUILT_IN_UNSCORED);
    }

    /** Every shipped published speed run, as a claim may quote one: the scored runs, then the unscored. */
    public static List<Measurement> loadBuiltInPublished() {
        List<Measurement> runs = new ArrayList<>(loadBuiltIn());
        runs.addAll(loadBuiltInUnscored());
        return List.copyOf(runs);
    }

    /**
     * Measured accelerator energy per output token (the same columns): scored apart from the
     * speed runs, and the only runs the power figures may be fitted to.
     */
    public static List<Measurement> loadBuiltInEnergy() {
        return loadResource(BUILT_IN_ENERGY);
    }

    private static List<Measurement> loadResource(String name) {
        String text = PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + name)
                .orElseThrow(() -> new PresetFormatException(name, 0, "missing from the classpath"));
        return parse(name, text, name.equals(BUILT_IN_UNSCORED));
    }

    /** An unscored file may leave batch, prompt and output empty (unknown); a file to score may not. */
    public static List<Measurement> loadUnscored(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Measurement> parse(String file, String text) {
        return parse(file, text, false);
    }

    static List<Measurement> parse(String file, String text, boolean unknownLengths) {
        List<Row> rows = rows(file, BoundedText.withoutByteOrderMark(text));
        if (rows.isEmpty() || !(rows.get(0).cells().equals(HEADER) || rows.get(0).cells().equals(SHORT_HEADER))) {
            throw new PresetFormatException(file, 1, "the header must be " + String.join(",", HEADER)
                    + " (or its first " + SHORT_HEADER.size() + " columns)");
        }
        int columns = rows.get(0).cells().size();
        List<Measurement> result = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            List<String> c = row.cells();
            if (c.size() == 1 && c.get(0).isBlank()) {
                continue;
            }
            if (c.size() != columns) {
                throw new PresetFormatException(file, row.line(), "expected " + columns + " columns, got " + c.size());
            }
            try {
                result.add(measurement(c, unknownLengths));
            } catch (IllegalArgumentException e) {
                throw new PresetFormatException(file, row.line(), e.getMessage());
            }
        }
        return result;
    }

    private static Measurement measurement(List<String> c, boolean unknownLengths) {
        boolean full = c.size() == HEADER.size();
        return new Measurement(text(c, 0), text(c, 1), text(c, 2),
                chips(c, 3), length(c, 4, unknownLengths, MAX_BATCH), length(c, 5, unknownLengths, MAX_TOKENS),
                length(c, 6, unknownLengths, MAX_TOKENS),
                precision(c, 7).orElseThrow(() -> new IllegalArgumentException("precision: must not be empty")),
                metric(c.get(8)), positiveNumber(c, 9), text(c, 10), c.get(11), text(c, 12),
                full ? precision(c, 13) : Optional.empty(),
                full ? precision(c, 14) : Optional.empty(),
                full ? optionalText(c, 15) : Optional.empty(),
                full && !c.get(16).isBlank() ? mode(c.get(16)) : RunMode.STATIC);
    }

    private static Metric metric(String text) {
        return Metric.byId(text.trim()).orElseThrow(() -> new IllegalArgumentException("metric: unknown metric " + quoted(text)
                + " (expected one of " + String.join(", ", Arrays.stream(Metric.values()).map(Metric::id).toList()) + ")"));
    }

    private static RunMode mode(String text) {
        try {
            return RunMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mode: " + e.getMessage());
        }
    }

    private static Optional<Precision> precision(List<String> cells, int column) {
        String v = cells.get(column).trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Precision.parse(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(HEADER.get(column) + ": " + e.getMessage());
        }
    }

    private static String text(List<String> cells, int column) {
        return optionalText(cells, column)
                .orElseThrow(() -> new IllegalArgumentException(HEADER.get(column) + ": must not be empty"));
    }

    private static Optional<String> optionalText(List<String> cells, int column) {
        String v = cells.get(column).trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** An empty cell means "the fewest chips that hold the model". */
    private static int chips(List<String> cells, int column) {
        return cells.get(column).isBlank() ? 0 : positiveInt(cells, column, MAX_CHIPS);
    }

    /** A batch, prompt or output length: empty means unknown where the file allows it. */
    private static int length(List<String> cells, int column, boolean unknownAllowed, int max) {
        return unknownAllowed && cells.get(column).isBlank() ? 0 : positiveInt(cells, column, max);
    }

    /** Physical limits of a measured run: no run has used ten million chips or a million sequences at once. */
    static final int MAX_CHIPS = 10_000_000;
    static final int MAX_BATCH = 1_000_000;
    static final int MAX_TOKENS = 1_000_000_000;
    /** A measured value (tok/s, s, J) between 1e-9 and 1e15: 1e-320 gave a relative error of infinity. */
    static final double MIN_VALUE = 1e-9;
    static final double MAX_VALUE = 1e15;

    private static int positiveInt(List<String> cells, int column, int max) {
        String v = cells.get(column).trim();
        try {
            int n = Integer.parseInt(v);
            if (n > 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new IllegalArgumentException(HEADER.get(column) + ": must be a positive whole number up to " + max + ", got " + quoted(v));
    }

    private static double positiveNumber(List<String> cells, int column) {
        String v = cells.get(column).trim();
        try {
            double d = Double.parseDouble(v);
            if (d >= MIN_VALUE && d <= MAX_VALUE) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new IllegalArgumentException(HEADER.get(column) + ": must be a positive number from 1e-9 to 1e15, got " + quoted(v));
    }

    private static String quoted(String v) {
        return "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'";
    }

    record Row(int line, List<String> cells) {
    }

    /** Splits RFC 4180 text into rows with the line each starts on; a quoted cell may span lines. */
    static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            while (p.nextToken() == JsonToken.START_ARRAY) {
                // the row's first cell says where it starts (the array's own token sits before the line break)
                int line = 0;
                List<String> cells = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                }
                rows.add(new Row(line, List.copyOf(cells)));
            }
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int line = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getLineNr() : 0;
            throw new PresetFormatException(file, line, JsonLimits.plain(message));
        }
        return rows;
    }
}
