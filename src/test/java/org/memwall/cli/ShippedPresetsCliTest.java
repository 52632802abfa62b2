package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;

/** The command line as the jar runs it: the shipped presets and measurements. */
class ShippedPresetsCliTest {
    private static final CliEnvironment SHIPPED = new PresetEnvironment();

    @Test
    void presetsListsEveryShippedChipAndModel() {
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        CliRun run = CliRun.of(SHIPPED, "presets");
        assertEquals(0, run.exitCode(), run.err());
        catalog.hardware().forEach(h -> assertTrue(run.out().contains(h.id()), "missing " + h.id()));
        catalog.models().forEach(m -> assertTrue(run.out().contains(m.id()), "missing " + m.id()));
        assertTrue(run.out().contains("memory-wall trends: 2003 to 2023, every two years compute x3, "
                + "memory bandwidth x1.6, interconnect x1.4"), run.out());
    }

    @Test
    void simulateGivesTheSimulatorsNumbersForAShippedChip() throws Exception {
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        Hardware h100 = catalog.hardware("h100-sxm").orElseThrow();
        Result r = new Simulator(catalog.nodes()).run(Scenario.of(h100, catalog.stack(h100.defaultStack()).orElseThrow(),
                WorkloadDefaults.workload(h100, catalog.model("llama-2-70b").orElseThrow(), Precision.FP16, 1, 512, 256)));

        CliRun run = CliRun.of(SHIPPED, "simulate", "--hardware", "h100-sxm", "--model", "llama-2-70b", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(r.chipsNeeded(), o.get("chipsNeeded").asInt());
        assertEquals(r.tokensPerSecondPerUser(), o.at("/decode/tokensPerSecondPerUser").asDouble(), r.tokensPerSecondPerUser() * 1e-12);
        assertEquals(r.timeToFirstTokenSeconds(), o.at("/prefill/timeToFirstTokenSeconds").asDouble(), r.timeToFirstTokenSeconds() * 1e-12);
        assertEquals("cross-validated", o.at("/fidelity/method").asText(), "H100 on TensorRT-LLM is cross-validated");
        assertTrue(o.at("/fidelity/label").asText().contains("runs it was not fitted to"), o.at("/fidelity/label").asText());
    }

    @Test
    void validatePrintsEveryShippedMeasurement() {
        CliRun run = CliRun.of(SHIPPED, "validate");
        assertEquals(0, run.exitCode(), run.err());
        for (Measurement m : MeasurementsCsv.loadBuiltIn()) {
            assertTrue(run.out().contains(m.id()), "missing " + m.id());
        }
        assertTrue(run.out().contains("in-sample (fitted to these runs): median"), run.out());
        assertTrue(run.out().contains("cross-validated (each source left out and predicted): median"), run.out());
    }

    @Test
    void validateReadsAGivenFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "id,hardware,model,chips,batch,prompt,output,precision,metric,value,unit,conditions,source\n"
                + "mine-1,h100-sxm,llama-2-7b,1,1,128,128,fp16,decode_tokens_per_second_per_user,150,tok/s,,my own run\n");
        CliRun run = CliRun.of(SHIPPED, "validate", "--measurements", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("mine-1") && run.out().contains("over 1 of 1 runs"), run.out());
    }

    @Test
    void unreadableOrMalformedMeasurementsAreOneLine(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of(SHIPPED, "validate", "--measurements", dir.resolve("nope.csv").toString());
        assertEquals(MemwallCli.EXIT_USAGE, missing.exitCode());
        assertEquals(1, missing.errLines().length, missing.err());
        assertTrue(missing.err().contains("nope.csv"));

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "this,is,not,the,header\n");
        CliRun malformed = CliRun.of(SHIPPED, "validate", "--measurements", bad.toString());
        assertEquals(MemwallCli.EXIT_USAGE, malformed.exitCode());
        assertEquals(1, malformed.errLines().length, malformed.err());
        assertTrue(malformed.err().contains("bad.csv"), malformed.err());
    }

    @Test
    void extraPresetFolderProblemsAreListedAndAMissingFolderIsOneLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("hardware"));
        Files.writeString(dir.resolve("hardware/broken.json"), "{ \"id\": \"broken\", ");
        CliRun run = CliRun.of(SHIPPED, "presets", "--presets", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("broken.json"), run.out());

        CliRun missing = CliRun.of(SHIPPED, "presets", "--presets", dir.resolve("absent").toString());
        assertNotEquals(0, missing.exitCode());
        assertEquals(1, missing.errLines().length, missing.err());
        assertTrue(missing.err().contains("absent"));
    }
}
