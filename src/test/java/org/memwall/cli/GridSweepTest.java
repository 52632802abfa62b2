package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sweep --param2: the grid of two parameters as CSV, on any number of threads. */
class GridSweepTest {

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static List<String[]> rows(CliRun run) {
        return Arrays.stream(run.outLines()).map(l -> l.split(",", -1)).toList();
    }

    private static String fails(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(MemwallCli.EXIT_USAGE, run.exitCode(), "should fail: " + String.join(" ", args));
        assertEquals(1, run.errLines().length, run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        return run.err();
    }

    @Test
    void everyPairOnceFirstParameterFastest() {
        List<String[]> rows = rows(ok("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "hbm-bandwidth",
                "--values", "1,2,4", "--param2", "batch", "--range2", "1:4:1"));
        assertEquals(List.of("sweep_hbm_bandwidth", "sweep_batch"), List.of(rows.get(0)).subList(0, 2));
        assertEquals(GridSweep.COLUMNS, List.of(rows.get(0)).subList(2, rows.get(0).length));
        assertEquals(1 + 3 * 4, rows.size());
        for (int b = 0; b < 4; b++) {
            for (int h = 0; h < 3; h++) {
                String[] row = rows.get(1 + b * 3 + h);
                assertEquals(List.of("1", "2", "4").get(h), row[0]);
                assertEquals(Integer.toString(b + 1), row[1]);
            }
        }
    }

    /** Each row of the grid holds what a one-parameter sweep prints with the other parameter fixed. */
    @Test
    void rowsAgreeWithOneParameterSweeps() {
        List<String[]> grid = rows(ok("sweep", "--hardware", "test-gpu", "--model", "test-70b", "--param", "chips",
                "--values", "1,2,4,8", "--param2", "batch", "--values2", "1,16"));
        for (String batch : List.of("1", "16")) {
            List<String[]> line = rows(ok("sweep", "--hardware", "test-gpu", "--model", "test-70b", "--param", "chips",
                    "--values", "1,2,4,8", "--batch", batch, "--format", "csv"));
            List<String> header = List.of(line.get(0));
            for (int i = 1; i < line.size(); i++) {
                String[] one = line.get(i);
                String[] two = grid.stream().filter(r -> r[0].equals(one[0]) && r[1].equals(batch)).findFirst().orElseThrow();
                for (int c = 0; c < GridSweep.COLUMNS.size(); c++) {
                    String name = GridSweep.COLUMNS.get(c);
                    String expected = one[header.indexOf(name)];
                    String actual = two[2 + c];
                    if (expected.isEmpty() || !expected.matches("-?[0-9.E-]+")) {
                        assertEquals(expected, actual, name + " at chips " + one[0] + ", batch " + batch);
                    } else {
                        double e = Double.parseDouble(expected);
                        assertEquals(e, Double.parseDouble(actual), Math.abs(e) * 1e-9, name + " at chips " + one[0] + ", batch " + batch);
                    }
                }
            }
        }
        assertTrue(grid.stream().anyMatch(r -> r[4].equals("false")) && grid.stream().anyMatch(r -> r[4].equals("true")),
                "the grid has chip counts that hold the model and ones that do not");
    }

    /**
     * With a bandwidth first, each line's operators are built once and re-timed; swapping the two
     * parameters runs every point on its own. Both print the same numbers, to the last digit.
     */
    @Test
    void aBandwidthLineGivesWhatEachPointsOwnRunGives() {
        for (String[] chip : List.of(new String[] {"test-gpu", "hbm-bandwidth"}, new String[] {"test-lpu", "sram-bandwidth"})) {
            List<String[]> fast = rows(ok("sweep", "--hardware", chip[0], "--model", "test-7b", "--param", chip[1],
                    "--values", "0.5,3,40", "--param2", "batch", "--values2", "1,8,64"));
            List<String[]> each = rows(ok("sweep", "--hardware", chip[0], "--model", "test-7b", "--param", "batch",
                    "--values", "1,8,64", "--param2", chip[1], "--values2", "0.5,3,40"));
            assertEquals(10, fast.size());
            for (String[] row : fast.subList(1, fast.size())) {
                String[] other = each.stream().filter(r -> r[0].equals(row[1]) && r[1].equals(row[0])).findFirst().orElseThrow();
                assertEquals(List.of(row).subList(2, row.length), List.of(other).subList(2, other.length),
                        chip[1] + " " + row[0] + ", batch " + row[1]);
            }
            assertNotEquals(fast.get(1)[5], fast.get(3)[5], "the bandwidth changes the speed");
        }
    }

    @Test
    void oneThreadAndManyPrintTheSame() {
        String[] args = {"sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "hbm-bandwidth",
                "--range", "0.5:8:0.25", "--param2", "batch", "--range2", "1:64:3"};
        String one = ok(concat(args, "--threads", "1")).out();
        String two = ok(concat(args, "--threads", "2")).out();
        String seven = ok(concat(args, "--threads", "7")).out();
        assertEquals(one, two);
        assertEquals(one, seven);
        assertEquals(1 + 31 * 22, one.strip().split("\\R").length);
    }

    @Test
    void oneParameterSweepIsTheSameOnAnyThreads() {
        for (String format : List.of("csv", "json", "table")) {
            String[] args = {"sweep", "--hardware", "test-gpu", "--model", "test-70b", "--param", "batch", "--range", "1:40:1",
                    "--format", format};
            assertEquals(ok(concat(args, "--threads", "1")).out(), ok(concat(args, "--threads", "3")).out(), format);
        }
    }

    @Test
    void mistakesAreOneLine() {
        String base = "sweep --hardware test-gpu --model test-7b --param batch --values 1,2 ";
        assertTrue(fails((base + "--param2 batch --values2 1,2").split(" ")).contains("--param2 must differ"));
        assertTrue(fails((base + "--param2 node").split(" ")).contains("--values2"));
        assertTrue(fails((base + "--values2 1,2").split(" ")).contains("--param2"));
        assertTrue(fails((base + "--param2 hbm-bandwidth --range2 3:1:1").split(" ")).contains("sweep: --range2 must go upwards"));
        assertTrue(fails((base + "--param2 hbm-bandwidth --values2 1,x").split(" ")).contains("--values2"));
        assertTrue(fails((base + "--param2 hbm-bandwidth --values2 1 --format table").split(" ")).contains("CSV only"));
        assertTrue(fails((base + "--threads 0").split(" ")).contains("--threads must be from 1"));
        String big = fails("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "prompt", "--range", "1:2000:1",
                "--param2", "output", "--range2", "1:501:1");
        assertTrue(big.contains("1,002,000 points") && big.contains("1,000,000"), big);
        String bad = fails((base + "--param2 chips --values2 1,0").split(" "));
        assertTrue(bad.contains("chips") && bad.contains("at least 1"), bad);
    }

    @Test
    void aMillionPointsAreAllowed() {
        assertEquals(1_000_000, new GridSweep(SweepParameter.PROMPT, range(1000), SweepParameter.OUTPUT, range(1000)).points());
        assertNotEquals(0, GridSweep.BLOCK);
    }

    private static List<Double> range(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> (double) i).toList();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
