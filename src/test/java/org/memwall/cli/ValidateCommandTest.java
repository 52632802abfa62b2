package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;

class ValidateCommandTest {

    @Test
    void printsEveryMeasurementAndTheMedians() {
        CliRun run = CliRun.of("validate");
        assertEquals(0, run.exitCode(), run.err());
        for (Measurement m : TestChips.measurements()) {
            assertTrue(run.out().contains(m.id()), "missing " + m.id() + " in\n" + run.out());
        }
        assertTrue(run.out().contains("in-sample (fitted to these runs): median"), run.out());
        assertTrue(run.out().contains("von Neumann + HBM") && run.out().contains("test-gpu-stack"), run.out());
        // the fixture table's cross-validated figure for the GPU's stack, not its in-sample error
        assertTrue(run.out().matches("(?s).*test-gpu-stack\\s+\\d+\\s+\\S+\\s+12\\.0%.*"), run.out());
    }

    @Test
    void medianIsTheReportsMedian() {
        Catalog c = TestChips.catalog();
        var report = Validation.run(new Simulator(c.nodes()),
                new Validation.Lookup(c::findHardware, c::findModel, c::findStack), TestChips.measurements());
        CliRun run = CliRun.of("validate");
        assertTrue(run.out().contains(Units.percent(report.medianError().getAsDouble())), run.out());
    }

    @Test
    void rowsThatCannotRunAreShownAndLeftOutOfTheMedian() {
        List<Measurement> ms = List.of(TestChips.measurements().get(0),
                new Measurement("x-1", "no-such-chip", "test-7b", 1, 1, 5, 5, Precision.FP16,
                        Metric.DECODE_TOKENS_PER_SECOND_PER_USER, 10, "tok/s", "", ""));
        CliRun run = CliRun.of(new FixtureEnvironment(TestChips.catalog(), ms), "validate", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertEquals(3, lines.length);
        assertTrue(lines[2].startsWith("x-1,no-such-chip") && lines[2].contains("no hardware preset"), lines[2]);
    }

    @Test
    void anUnreadableMeasurementsFileIsOneLine() {
        CliRun run = CliRun.of("validate", "--measurements", "missing.csv");
        assertTrue(run.exitCode() != 0);
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("missing.csv"));
    }
}
