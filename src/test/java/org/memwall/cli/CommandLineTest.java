package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void helpListsEverySubcommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String sub : List.of("presets", "simulate", "compare", "sweep", "validate")) {
            assertTrue(run.out().contains(sub), "help lacks " + sub);
        }
        CliRun sub = CliRun.of("simulate", "--help");
        assertEquals(0, sub.exitCode());
        assertTrue(sub.out().contains("--hbm-bandwidth"));
    }

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Memory Wall Explorer"), run.out());
    }

    @Test
    void presetsListsChipsModelsNoticesAndProblems() {
        Catalog base = TestChips.catalog();
        Catalog withIssues = new Catalog(base.hardware(), base.models(), base.stacks(), base.nodes(), base.trends(), base.fidelity(),
                List.of("broken.json:3: compute.peakOpsPerSecond: must be positive"),
                List.of("user preset test-gpu overrides the built-in one"));
        CliRun run = CliRun.of(new FixtureEnvironment(withIssues, TestChips.measurements()), "presets");
        assertEquals(0, run.exitCode(), run.err());
        for (String expected : List.of("test-gpu", "test-lpu", "test-cim", "Test 70B", "test-7b", "80",
                "broken.json:3", "overrides the built-in one", "3 to 28 nm")) {
            assertTrue(run.out().contains(expected), "presets lacks '" + expected + "':\n" + run.out());
        }
    }

    @Test
    void presetsFolderIsAcceptedBeforeOrAfterTheSubcommand() {
        FixtureEnvironment before = new FixtureEnvironment();
        assertEquals(0, CliRun.of(before, "--presets", "extra", "presets").exitCode());
        assertEquals(List.of(Optional.of(Path.of("extra"))), before.requestedDirs);

        FixtureEnvironment after = new FixtureEnvironment();
        assertEquals(0, CliRun.of(after, "presets", "--presets", "extra").exitCode());
        assertEquals(List.of(Optional.of(Path.of("extra"))), after.requestedDirs);

        FixtureEnvironment none = new FixtureEnvironment();
        assertEquals(0, CliRun.of(none, "presets").exitCode());
        assertEquals(List.of(Optional.<Path>empty()), none.requestedDirs);
    }
}
