package org.memwall.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.memwall.presets.PresetLoader;

/**
 * Measurement CSVs for {@code validate --measurements}, made from the shipped file: columns
 * missing or extra, quotes unbalanced or around numbers, empty cells, absurd numbers, a BOM,
 * Latin-1, CRLF, truncation, and now and then a file larger than the limit. The command must give
 * a table with finite figures, or one line naming the file.
 */
class MeasurementsFuzz {
    private static final FuzzTally TALLY = new FuzzTally("measurement CSVs");
    private static final List<String> SHIPPED = shipped();
    private static final List<String> HOSTILE_CELLS = List.of("", " ", "NaN", "-1", "0", "1e-320", "1e308", "2147483648",
            "99999999999", "1,5", "\"", "\"\"", "x", "芯片", "fp3", "decode_tokens_per_second", "\u0000", "1e400", "0x10",
            "10000001", "1000001", "x".repeat(5000));

    private static List<String> shipped() {
        try (var in = PresetLoader.class.getResourceAsStream("/presets/measurements.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV as text, or a file too large to read (then {@code hugeBytes} > 0). */
    record Csv(String text, long hugeBytes, List<String> steps) {
    }

    @Provide
    Arbitrary<Csv> csvs() {
        return Arbitraries.randomValue(MeasurementsFuzz::next);
    }

    static Csv next(Random r) {
        List<String> steps = new ArrayList<>();
        if (r.nextDouble() < 0.003) {
            return new Csv("", (17L << 20) + r.nextInt(1 << 20), List.of("huge"));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of(SHIPPED.get(0).split(",", -1))));
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>(parse(SHIPPED.get(1 + r.nextInt(SHIPPED.size() - 1)))));
        }
        int mutations = r.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int row = r.nextInt(rows.size());
            if (rows.get(row).isEmpty()) {
                // every cell of this row was dropped already
                rows.get(row).add("");
            }
            int width = rows.get(row).size();
            if (width == 0) {
                // every cell of this row was dropped already: nothing left to mutate in it
                continue;
            }
            switch (r.nextInt(6)) {
                case 0 -> {
                    int col = r.nextInt(width);
                    boolean all = r.nextBoolean();
                    for (List<String> cells : all ? rows : List.of(rows.get(row))) {
                        if (col < cells.size()) {
                            cells.remove(col);
                        }
                    }
                    steps.add("drop column " + col + (all ? " everywhere" : " in row " + row));
                }
                case 1 -> {
                    rows.get(row).add(CommandLines.pick(r, HOSTILE_CELLS));
                    steps.add("extra cell in row " + row);
                }
                case 2 -> {
                    int col = r.nextInt(width);
                    rows.get(row).set(col, CommandLines.pick(r, HOSTILE_CELLS));
                    steps.add("cell " + row + ":" + col);
                }
                case 3 -> {
                    // the 13-column layout of earlier files
                    rows.forEach(cells -> {
                        while (cells.size() > 13) {
                            cells.remove(cells.size() - 1);
                        }
                    });
                    steps.add("13 columns");
                }
                case 4 -> {
                    int col = r.nextInt(width);
                    rows.get(row).set(col, "\"" + rows.get(row).get(col));
                    steps.add("unbalanced quote " + row + ":" + col);
                }
                default -> {
                    rows.add(new ArrayList<>(List.of("")));
                    steps.add("blank row");
                }
            }
        }
        StringBuilder text = new StringBuilder();
        String newline = r.nextDouble() < 0.2 ? "\r\n" : "\n";
        for (List<String> cells : rows) {
            text.append(String.join(",", cells.stream().map(c -> c.contains(",") && !c.startsWith("\"") ? "\"" + c + "\"" : c).toList()))
                    .append(newline);
        }
        String out = text.toString();
        if (r.nextDouble() < 0.1) {
            out = "\uFEFF" + out;
            steps.add("BOM");
        }
        if (r.nextDouble() < 0.1 && !out.isEmpty()) {
            out = out.substring(0, r.nextInt(out.length()));
            steps.add("truncated");
        }
        return new Csv(out, 0, steps);
    }

    /** The shipped file's cells, quotes undone (its cells hold commas inside quotes). */
    private static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Property
    void everyMeasurementsFileGetsACleanAnswer(@ForAll("csvs") Csv csv) throws IOException {
        Path dir = Fixtures.freshDir("csv-");
        try {
            Path file = dir.resolve("runs.csv");
            if (csv.hugeBytes() > 0) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    byte[] line = (String.join("\n", SHIPPED) + "\n").getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < csv.hugeBytes(); written += line.length) {
                        out.write(line);
                    }
                }
            } else {
                boolean latin1 = csv.steps().size() % 3 == 2;
                Files.write(file, csv.text().getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            }
            List<String> args = new ArrayList<>(List.of("validate", "--measurements", file.toString()));
            if (csv.text().length() % 2 == 1) {
                args.addAll(List.of("--format", "csv"));
            }
            FuzzCase.Ran<CliOutcome> ran = CliOutcome.run(Fixtures.ENVIRONMENT, args);
            ran.value().check(csv.text(), file);
            if (ran.value().code() != 0) {
                String line = ran.value().err();
                boolean fileLevel = line.contains("larger than") || line.contains("no measurements");
                if (!line.contains("runs.csv") || !(line.contains(" line ") || fileLevel)) {
                    throw new AssertionError("expected the file and line named, for " + csv.steps() + ": " + line);
                }
            }
            TALLY.count(ran.value().kind(), ran);
        } finally {
            PresetFuzz.delete(dir);
        }
    }

    @AfterContainer
    static void report() {
        TALLY.report();
    }
}
