package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;

class CompareCommandTest {

    @Test
    void tableHasOneColumnPerChip() {
        CliRun run = CliRun.of("compare", "--hardware", "test-gpu,test-lpu,test-cim", "--model", "test-7b", "--precision", "int8");
        assertEquals(0, run.exitCode(), run.err());
        String header = run.out().lines().filter(l -> l.contains("test-gpu")).findFirst().orElseThrow();
        assertTrue(header.contains("test-lpu") && header.contains("test-cim"), header);
        for (String row : List.of("chips needed", "tok/s per user", "tok/s total", "time to first token",
                "energy per output token", "static energy", "cost per tok/s", "decode bound")) {
            String line = run.out().lines().filter(l -> l.startsWith(row)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row '" + row + "' in\n" + run.out()));
            assertEquals(3, line.substring(row.length()).trim().split("\\s{2,}").length, "three cells in: " + line);
        }
    }

    @Test
    void csvHasOneRowPerChipWithTheSimulatorsNumbers() {
        CliRun run = CliRun.of("compare", "--hardware", "test-gpu,test-lpu", "--model", "test-7b", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertEquals(3, lines.length, run.out());
        List<String> header = List.of(lines[0].split(","));
        int tps = header.indexOf("tokens_per_second");
        for (int i = 0; i < 2; i++) {
            Hardware chip = i == 0 ? TestChips.gpu() : TestChips.lpu();
            String[] cells = lines[i + 1].split(",");
            assertEquals(chip.id(), cells[0]);
            Result r = new Simulator(TestChips.nodes()).run(TestChips.scenario(chip,
                    WorkloadDefaults.workload(chip, TestChips.small(), Precision.FP16, 1, 512, 256)));
            assertEquals(r.tokensPerSecond(), Double.parseDouble(cells[tps]), r.tokensPerSecond() * 1e-12);
        }
    }

    @Test
    void jsonHasOneResultPerChip() throws Exception {
        CliRun run = CliRun.of("compare", "--hardware", "test-gpu,test-lpu", "--model", "test-70b", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(2, o.get("results").size());
        assertEquals("test-gpu", o.at("/results/0/hardware/id").asText());
        assertEquals("test-lpu", o.at("/results/1/hardware/id").asText());
        assertTrue(o.at("/results/1/chipsNeeded").asInt() > o.at("/results/0/chipsNeeded").asInt(),
                "230 MB of SRAM per chip needs more chips than 80 GB of HBM");
    }

    @Test
    void hbmBandwidthIsLeftOutForChipsWithoutHbm() {
        CliRun run = CliRun.of("compare", "--hardware", "test-gpu,test-lpu", "--model", "test-7b", "--hbm-bandwidth", "6");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("test-lpu"), run.err());
    }
}
