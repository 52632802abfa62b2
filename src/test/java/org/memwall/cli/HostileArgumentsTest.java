package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression tests for the hostile and careless command lines of the robustness issue: each got a
 * stack trace, a hang, "internal error" or a non-finite number at exit 0, and now gets one line
 * naming what is wrong and exit code 2.
 */
class HostileArgumentsTest {
    /** Long enough for any of these to answer on a loaded machine; a hang (the old @/dev/zero) fails it. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static String refused(String... args) {
        CliRun run = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of(args), () -> String.join(" ", args));
        assertEquals(MemwallCli.EXIT_USAGE, run.exitCode(), "exit 2 for: " + String.join(" ", args) + "\n" + run.err());
        assertEquals(1, run.errLines().length, "one line, got:\n" + run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("Exception") || run.err().contains("\tat "),
                run.err());
        assertTrue(run.err().length() < 1200, "a short line, got " + run.err().length() + " characters");
        assertEquals("", run.out(), "nothing on stdout");
        return run.err();
    }

    @Test
    void anArgumentStartingWithAtIsAnArgumentNotAFileToRead() throws IOException {
        Path ids = Files.writeString(dir.resolve("ids"), "test-gpu");
        assertTrue(refused("simulate", "--hardware", "@" + ids, "--model", "test-7b").contains("'@" + ids + "'"));
        refused("simulate", "@" + dir);
        refused("simulate", "@/dev/zero");
        refused("@/dev/zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400", "-1e400"})
    void nonFiniteNumbersAreRefusedByTheOptionThatGotThem(String value) {
        for (String option : new String[] {"--node", "--hbm-bandwidth", "--sram-bandwidth"}) {
            String msg = refused("simulate", "--hardware", "test-gpu", "--model", "test-7b", option, value);
            assertTrue(msg.contains(option) && msg.contains("not a finite number"), msg);
        }
        assertTrue(refused("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "node", "--values", "7," + value)
                .contains("--values"));
    }

    @Test
    void bandwidthsBeyondPhysicalLimitsAreRefusedWithTheLimits() {
        for (String value : new String[] {"1e308", "1e-310", "1e7", "0.0001"}) {
            String msg = refused("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--hbm-bandwidth", value);
            assertTrue(msg.contains("--hbm-bandwidth must be between 0.001 and 1,000,000 TB/s"), msg);
            assertFalse(msg.contains("Infinity"), msg);
        }
    }

    @Test
    void aBatchNoChipCountCanHoldSaysTheMostChipsThatCanBeUsed() {
        String msg = refused("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--batch", "2147483647");
        assertTrue(msg.contains("--batch 2147483647") && msg.contains("can be split over at most"), msg);
    }

    @Test
    void moreChipsThanTheModelCanBeSplitOverAreRefused() {
        long most = InputRules.mostChips(TestChips.gpu(), TestChips.small());
        String msg = refused("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--chips", "100000000");
        assertTrue(msg.contains("--chips 100000000") && msg.contains("at most " + most), msg);
        // the most itself still runs
        assertEquals(0, CliRun.of("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--chips", Long.toString(most))
                .exitCode());
        refused("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "chips", "--values", "1," + (most + 1));
    }

    @Test
    void sweepValuesThatAreNoNumbers() {
        assertTrue(refused("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--values", ",")
                .contains("--values needs at least one number"));
        assertTrue(refused("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--values", "1,,2")
                .contains("--values"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:8:1e-9999999", "0:1e9999999:1", "0:1e99999999999:1", "1e-99999:2:1", "0:1e20:1"})
    void rangesWithAbsurdExponentsAnswerAtOnceInOneShortLine(String range) {
        String msg = refused("sweep", "--hardware", "test-gpu", "--model", "test-7b", "--param", "batch", "--range", range);
        assertTrue(msg.contains("--range"), msg);
    }

    @Test
    void theVersionOptionWorksOnEverySubcommand() {
        for (String sub : new String[] {"simulate", "compare", "sweep", "validate", "presets"}) {
            CliRun run = CliRun.of(sub, "-V");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().startsWith("Memory Wall Explorer"), sub + ": " + run.out());
        }
    }

    @Test
    void aFileNameWithANulCharacterIsRefusedInWords() {
        String msg = refused("presets", "--presets", "a\u0000b");
        assertTrue(msg.contains("--presets") && msg.contains("not a file name this system can use"), msg);
    }

    @Test
    void anEmptyPresetsFolderNameIsNotTheCurrentFolder() {
        CliRun run = CliRun.of(new PresetEnvironment(), "presets", "--presets", "");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--presets needs a folder"), run.err());
    }

    @Test
    void anUnreadablePresetsFolderIsReported() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setReadable(false, false);
        locked.toFile().setExecutable(false, false);
        // root reads every folder: the refusal can only be seen as another user
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
        CliRun run = CliRun.of(new PresetEnvironment(), "presets", "--presets", locked.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot read the folder"), run.err());
    }

    @Test
    void measurementsThatAreNotAFileToRead() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        String[][] cases = {{dir.toString(), "is a folder, not a CSV file"}, {"/dev/zero", "is not a regular file"},
            {fifo.toString(), "is not a regular file"}, {dir.resolve("none.csv").toString(), "no such file"}};
        for (String[] c : cases) {
            CliRun run = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of(new PresetEnvironment(), "validate", "--measurements", c[0]));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("--measurements " + c[0]) && run.err().contains(c[1]), run.err());
        }
    }

    @Test
    void aHugeMeasurementsFileIsRefusedWithoutReadingItAll() throws IOException {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newOutputStream(big)) {
            byte[] row = "x,h100-sxm,llama-2-7b,1,1,5,200,fp16,decode_tokens_per_second_per_user,1,tok/s,c,s\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= (17L << 20); written += row.length) {
                out.write(row);
            }
        }
        CliRun run = CliRun.of(new PresetEnvironment(), "validate", "--measurements", big.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("larger than 16 MB"), run.err());
    }

    @Test
    void aFailedWriteOfTheOutputIsNotExitZero() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = MemwallCli.execute(new FixtureEnvironment(), new PrintWriter(full), new PrintWriter(err), "presets");
        assertEquals(MemwallCli.EXIT_FAULT, code);
        assertTrue(err.toString().contains("could not write the output"), err.toString());
    }

    @Test
    void compareNotesDoNotPrecedeItsOneLineOfError() {
        String msg = refused("compare", "--hardware", "test-gpu,test-lpu", "--model", "test-70b", "--hbm-bandwidth", "2",
                "--chips", "1");
        assertTrue(msg.contains("--chips 1"), msg);
    }

    @Test
    void underAnAsciiLocaleTheOutputIsUtf8() {
        assertEquals(StandardCharsets.UTF_8, MemwallCli.outputCharset("ANSI_X3.4-1968"));
        assertEquals(StandardCharsets.UTF_8, MemwallCli.outputCharset("no-such-encoding"));
        assertEquals(StandardCharsets.ISO_8859_1, MemwallCli.outputCharset("ISO-8859-1"));
        assertEquals(StandardCharsets.UTF_8, MemwallCli.outputCharset("UTF-8"));
    }

    @Test
    void numbersForPeopleNeverThrowAndStayShort() {
        assertEquals("NaN", Units.plain(Double.NaN));
        assertEquals("Infinity", Units.plain(Double.POSITIVE_INFINITY));
        assertTrue(Units.plain(1e-310).length() < 20, Units.plain(1e-310));
        assertTrue(Units.significant(3e-320).length() < 20, Units.significant(3e-320));
        assertEquals("-", Units.signedPercent(Double.POSITIVE_INFINITY));
    }

    @Test
    void validateNotesARunLongerThanTheModelsContext() throws IOException {
        Path csv = dir.resolve("runs.csv");
        Files.writeString(csv, String.join(",", "id", "hardware", "model", "chips", "batch", "prompt", "output", "precision",
                "metric", "value", "unit", "conditions", "source") + "\n"
                + "long-1,h100-sxm,llama-2-7b,1,1,4000,500,fp16,decode_tokens_per_second_per_user,50,tok/s,x,a source\n");
        CliRun run = CliRun.of(new PresetEnvironment(), "validate", "--measurements", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("long-1: prompt 4000 plus output 500 is 4500 tokens, more than llama-2-7b's context of 4096"),
                run.out());
    }

    @Test
    void aSplitUsesWholeChips() {
        CliRun run = CliRun.of(new PresetEnvironment(), "simulate", "--hardware", "groq-lpu", "--model", "llama-2-70b",
                "--precision", "int8");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*tensor parallel \\d+ x pipeline stages \\d+\\).*"), run.out());
    }

    @Test
    void unbalancedQuotesInAListOfIdsGetOurOneLineAndNoParserWarnings() {
        // the long fuzz run found it: picocli warned twice on the process's own stderr before our line
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            refused("compare", "--hardware", "\",é, test-gpu ,test-gpu", "--model", "test-7b");
        } finally {
            System.setErr(before);
        }
        assertEquals("", stray.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
