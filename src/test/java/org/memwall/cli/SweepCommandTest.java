package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepCommandTest {

    private static List<String[]> csvRows(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return Arrays.stream(run.outLines()).map(l -> l.split(",", -1)).toList();
    }

    private static int column(List<String[]> rows, String name) {
        int i = Arrays.asList(rows.get(0)).indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + String.join(",", rows.get(0)));
        return i;
    }

    @Test
    void valuesGiveOneRowPerValue() {
        List<String[]> rows = csvRows("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch",
                "--values", "1,2,4,8", "--format", "csv");
        assertEquals(5, rows.size());
        assertEquals(List.of("1", "2", "4", "8"), rows.subList(1, 5).stream().map(r -> r[0]).toList());

        CliRun table = CliRun.of("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch",
                "--values", "1,2,4,8");
        assertEquals(0, table.exitCode(), table.err());
        long dataRows = table.out().lines().filter(l -> l.matches("\\s*\\d+\\s{2,}.*")).count();
        assertEquals(4, dataRows, table.out());
    }

    @Test
    void rangeIncludesBothEnds() {
        List<String[]> rows = csvRows("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "hbm-bandwidth",
                "--range", "1:2:0.25", "--format", "csv");
        assertEquals(List.of("1", "1.25", "1.5", "1.75", "2"), rows.subList(1, rows.size()).stream().map(r -> r[0]).toList());
    }

    @Test
    void moreHbmBandwidthNeverGivesFewerTokensPerSecond() {
        List<String[]> rows = csvRows("sweep", "--hardware", "test-gpu", "--model", "test-70b", "--param", "hbm-bandwidth",
                "--range", "0.5:8:0.5", "--batch", "8", "--format", "csv");
        int tps = column(rows, "tokens_per_second");
        double previous = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            double v = Double.parseDouble(row[tps]);
            assertTrue(v >= previous, "tokens/s fell from " + previous + " to " + v + " at " + row[0] + " TB/s");
            previous = v;
        }
        double first = Double.parseDouble(rows.get(1)[tps]);
        assertTrue(previous > first, "a memory-bound decode speeds up with bandwidth");
    }

    @Test
    void chipCountsThatDoNotFitAreMarkedNotInvented() {
        List<String[]> rows = csvRows("sweep", "--hardware", "test-gpu", "--model", "test-70b", "--param", "chips",
                "--values", "1,2,4", "--format", "csv");
        assertEquals("sweep_chips", rows.get(0)[0]);
        int fits = column(rows, "fits");
        int tps = column(rows, "tokens_per_second");
        assertEquals("false", rows.get(1)[fits]);
        assertEquals("", rows.get(1)[tps], "no speed for a model that does not fit");
        assertEquals("true", rows.get(3)[fits]);
        assertTrue(Double.parseDouble(rows.get(3)[tps]) > 0);
    }
}
