package org.memwall.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.memwall.core.map.ParallelEvaluator;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.Simulator;

/**
 * A sweep over two parameters: every pair of values, printed as CSV rows, the first parameter
 * fastest. Computed in blocks on the evaluator's threads and printed in order, so the output is
 * the same on any number of threads and a million rows never sit in memory at once. When the
 * first parameter is a bandwidth, each line's operators are built once and timed at each of its
 * bandwidths ({@link Simulator#bandwidthSweep}: the same numbers as a run per point).
 */
final class GridSweep {
    /** A 1000 x 1000 grid: the largest a sweep prints. */
    static final int MAX_POINTS = 1_000_000;
    /** Points computed before a block is printed (rounded to whole pieces). */
    static final int BLOCK = 16_384;
    /** Each computing thread's text buffer, kept between pieces (a piece is about 140 kB of text). */
    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(() -> new StringBuilder(1 << 18));
    /** Rows one task computes and writes. */
    static final int ROWS_PER_PIECE = 256;

    /** The CSV columns after the two swept values, in the order a one-parameter sweep prints them. */
    static final List<String> COLUMNS = List.of("chips", "chips_needed", "fits", "tokens_per_second_per_user",
            "tokens_per_second", "seconds_per_token", "ttft_seconds", "joules_per_token",
            "cost_usd_per_token_per_second", "decode_bound");

    private final SweepParameter first;
    private final List<Double> firstValues;
    private final SweepParameter second;
    private final List<Double> secondValues;

    GridSweep(SweepParameter first, List<Double> firstValues, SweepParameter second, List<Double> secondValues) {
        if (first == second) {
            throw new CliProblem("--param2 must differ from --param (both are " + first.id() + ")");
        }
        long points = (long) firstValues.size() * secondValues.size();
        if (points > MAX_POINTS) {
            throw new CliProblem(String.format(java.util.Locale.ROOT,
                    "%d x %d values make %,d points, at most %,d are allowed in one sweep",
                    firstValues.size(), secondValues.size(), points, MAX_POINTS));
        }
        this.first = first;
        this.firstValues = List.copyOf(firstValues);
        this.second = second;
        this.secondValues = List.copyOf(secondValues);
    }

    int points() {
        return firstValues.size() * secondValues.size();
    }

    /** Checks every value of each parameter on its own, in order, so the first bad one is the one named. */
    void check(ScenarioSettings base, Hardware chip, TransformerModel model, Catalog catalog) {
        for (double v : firstValues) {
            first.apply(base, v).scenario(chip, model, catalog);
        }
        for (double v : secondValues) {
            second.apply(base, v).scenario(chip, model, catalog);
        }
    }

    void printCsv(PrintWriter out, ScenarioSettings base, Hardware chip, TransformerModel model, Catalog catalog,
                  Simulator simulator, ParallelEvaluator evaluator) {
        List<Object> header = new ArrayList<>(List.of(first.csvName(), second.csvName()));
        header.addAll(COLUMNS);
        out.println(Csv.line(header));
        // the rows are written on the threads too (formatting numbers costs as much as computing them);
        // each swept value is written once
        Run run = run(base, chip, model, catalog, simulator, evaluator);
        int blocks = (points() + run.blockRows() - 1) / run.blockRows();
        // block k + 1 is computed on the threads while block k is written out
        CompletableFuture<List<byte[]>> next = block(0, run);
        for (int k = 0; k < blocks; k++) {
            CompletableFuture<List<byte[]>> current = next;
            next = k + 1 < blocks ? block(k + 1, run) : null;
            for (byte[] piece : ParallelEvaluator.await(current)) {
                StandardOutput.writeAscii(out, piece);
            }
            if (out.checkError()) {
                // a closed output (the reader stopped): no use computing the rest
                break;
            }
        }
    }

    /** What every block of one grid is computed from. */
    private record Run(ScenarioSettings base, Hardware chip, TransformerModel model, Catalog catalog,
                       Simulator simulator, ParallelEvaluator evaluator, String[] firstText, String[] secondText,
                       Optional<MemoryKind> bandwidth, int pieceRows, int blockRows) {
    }

    /**
     * When the first parameter is a bandwidth, the level it sets; a piece then holds whole lines
     * (each line builds its operators once), else {@link #ROWS_PER_PIECE} rows.
     */
    private Run run(ScenarioSettings base, Hardware chip, TransformerModel model, Catalog catalog, Simulator simulator,
                    ParallelEvaluator evaluator) {
        Optional<MemoryKind> bandwidth = first.bandwidthLevel();
        int columns = firstValues.size();
        int pieceRows = bandwidth.isPresent() ? columns * Math.max(1, ROWS_PER_PIECE / columns) : ROWS_PER_PIECE;
        return new Run(base, chip, model, catalog, simulator, evaluator,
                firstValues.stream().map(Units::plain).toArray(String[]::new),
                secondValues.stream().map(Units::plain).toArray(String[]::new),
                bandwidth, pieceRows, pieceRows * Math.max(1, BLOCK / pieceRows));
    }

    /** The text (ASCII) of one block of rows, in pieces, started on the evaluator's threads. */
    private CompletableFuture<List<byte[]>> block(int k, Run run) {
        int from = k * run.blockRows();
        int count = Math.min(run.blockRows(), points() - from);
        int columns = firstValues.size();
        int rows = run.pieceRows();
        Optional<MemoryKind> bandwidth = run.bandwidth();
        return run.evaluator().evaluate((count + rows - 1) / rows, piece -> {
            StringBuilder text = TEXT.get();
            text.setLength(0);
            int end = Math.min(count, (piece + 1) * rows);
            Simulator.BandwidthSweep line = null;
            int lineIndex = -1;
            for (int i = piece * rows; i < end; i++) {
                int point = from + i;
                int column = point % columns;
                int y = point / columns;
                Metrics m;
                if (bandwidth.isPresent()) {
                    // the first parameter is a bandwidth: the line's operators are built once
                    if (y != lineIndex) {
                        ScenarioSettings s = second.apply(first.apply(run.base(), firstValues.get(0)), secondValues.get(y));
                        line = run.simulator().bandwidthSweep(s.scenario(run.chip(), run.model(), run.catalog()), bandwidth.get());
                        lineIndex = y;
                    }
                    m = line.at(firstValues.get(column) * ScenarioSettings.BYTES_PER_SECOND_PER_TB_PER_SECOND);
                } else {
                    ScenarioSettings s = second.apply(first.apply(run.base(), firstValues.get(column)), secondValues.get(y));
                    m = run.simulator().metrics(s.scenario(run.chip(), run.model(), run.catalog()));
                }
                row(text, run.firstText()[column], run.secondText()[y], m);
            }
            // plain ASCII: numbers, ids and the swept values
            return text.toString().getBytes(StandardCharsets.US_ASCII);
        }, () -> false);
    }

    /** One row; the speeds, energy and cost stay empty where the model does not fit (they would be fiction). */
    static void row(StringBuilder b, String x, String y, Metrics m) {
        b.append(x).append(',').append(y).append(',')
                .append(m.chips()).append(',').append(m.chipsNeeded()).append(',').append(m.fits());
        if (m.fits()) {
            // one call site in a loop, not six: the compiler then inlines the number writer once
            double[] figures = {m.tokensPerSecondPerUser(), m.tokensPerSecond(), m.secondsPerToken(),
                m.timeToFirstTokenSeconds(), m.joulesPerToken(), m.costUsdPerTokenPerSecond()};
            for (double v : figures) {
                number(b, v);
            }
            b.append(',').append(m.decodeBound().id());
        } else {
            b.append(",,,,,,,");
        }
        b.append(System.lineSeparator());
    }

    private static void number(StringBuilder b, double v) {
        b.append(',').append(Csv.number(v));
    }
}
