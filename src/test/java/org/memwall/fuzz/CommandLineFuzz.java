package org.memwall.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/**
 * The command line fuzzed in process: argument vectors over every subcommand and option picocli
 * knows (see {@link CommandLines}), each run through the entry point with captured streams and
 * checked by {@link CliOutcome#check}. Tries: {@code jqwik.tries.default} (junit-platform.properties;
 * {@code -Pfuzz} raises it).
 */
class CommandLineFuzz {
    private static final FuzzTally TALLY = new FuzzTally("command lines");
    private static final CommandLines LINES = new CommandLines(Fixtures.ENVIRONMENT.loadCatalog(java.util.Optional.empty()));

    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.randomValue(LINES::next);
    }

    @Property
    void everyCommandLineGetsACleanAnswer(@ForAll("commandLines") List<String> args) {
        FuzzCase.Ran<CliOutcome> ran = CliOutcome.run(Fixtures.ENVIRONMENT, args);
        ran.value().check();
        TALLY.count(ran.value().kind(), ran);
    }

    @Test
    void theGeneratorFindsEverySubcommandItself() {
        // found in picocli's model: a subcommand added later is fuzzed without a change here
        List<String> names = LINES.names();
        for (String sub : List.of("", "simulate", "compare", "sweep", "validate", "presets")) {
            assertTrue(names.contains(sub), names::toString);
        }
    }

    @AfterContainer
    static void report() {
        TALLY.report();
    }
}
