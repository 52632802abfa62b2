package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.WorkloadDefaults;

class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static Result direct(Scenario s) {
        return new Simulator(TestChips.nodes()).run(s);
    }

    private static void assertSame(double expected, JsonNode actual, String what) {
        assertTrue(actual.isNumber(), what + " should be a number, was " + actual);
        assertEquals(expected, actual.asDouble(), Math.abs(expected) * 1e-12, what);
    }

    @Test
    void jsonHasEveryRequiredKey() throws Exception {
        JsonNode o = json("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--format", "json");
        for (String key : List.of("chips", "chipsNeeded", "fits", "decode", "prefill", "energy", "bytesPerToken", "bound",
                "hardware", "model", "fidelity", "costUsdPerTokenPerSecond", "operators")) {
            assertTrue(o.has(key), "missing " + key + " in " + o);
        }
        for (String key : List.of("tokensPerSecondPerUser", "tokensPerSecond", "secondsPerToken")) {
            assertTrue(o.get("decode").has(key), "missing decode." + key);
        }
        assertTrue(o.get("prefill").has("timeToFirstTokenSeconds"));
        for (String key : List.of("joulesPerToken", "computeJoulesPerToken", "dataMovementJoulesPerToken")) {
            assertTrue(o.get("energy").has(key), "missing energy." + key);
        }
        for (String key : List.of("decode", "prefill", "energy")) {
            assertTrue(o.get("bound").get(key).isObject(), "bound." + key + " should be an object");
        }
        assertTrue(o.get("bytesPerToken").has("HBM3"), "bytes per token by level: " + o.get("bytesPerToken"));
        assertTrue(o.get("fidelity").has("label"));
        for (String key : List.of("medianErrorPercent", "runs", "method")) {
            assertTrue(o.get("fidelity").has(key), "missing fidelity." + key);
        }
        assertTrue(o.get("stack").has("id"));
        assertTrue(o.get("operators").isArray() && o.get("operators").size() > 0);
        JsonNode op = o.get("operators").get(0);
        for (String key : List.of("operator", "seconds", "bound", "bytesByLevel")) {
            assertTrue(op.has(key), "operator lacks " + key);
        }
    }

    @Test
    void jsonNumbersAreTheSimulatorsForTheSameScenario() throws Exception {
        JsonNode o = json("simulate", "--hardware", "test-gpu", "--model", "test-70b", "--batch", "4",
                "--prompt", "1000", "--output", "100", "--precision", "fp8", "--format", "json");
        Hardware gpu = TestChips.gpu();
        Workload w = WorkloadDefaults.workload(gpu, TestChips.large(), Precision.FP8, 4, 1000, 100);
        Result r = direct(TestChips.scenario(gpu, w));

        assertEquals(r.chips(), o.get("chips").asInt());
        assertEquals(r.chipsNeeded(), o.get("chipsNeeded").asInt());
        assertEquals(r.fits(), o.get("fits").asBoolean());
        assertSame(r.tokensPerSecondPerUser(), o.at("/decode/tokensPerSecondPerUser"), "tokens/s per user");
        assertSame(r.tokensPerSecond(), o.at("/decode/tokensPerSecond"), "tokens/s");
        assertSame(r.secondsPerToken(), o.at("/decode/secondsPerToken"), "s/token");
        assertSame(r.timeToFirstTokenSeconds(), o.at("/prefill/timeToFirstTokenSeconds"), "TTFT");
        assertSame(r.energy().joulesPerToken(), o.at("/energy/joulesPerToken"), "J/token");
        assertSame(r.energy().computeJoulesPerToken(), o.at("/energy/computeJoulesPerToken"), "compute J/token");
        assertSame(r.energy().dataMovementJoulesPerToken(), o.at("/energy/dataMovementJoulesPerToken"), "data J/token");
        r.bytesPerToken().forEach((level, bytes) -> assertSame(bytes, o.get("bytesPerToken").get(level), "bytes " + level));
        assertSame(r.costUsdPerTokenPerSecond().getAsDouble(), o.get("costUsdPerTokenPerSecond"), "cost");
        assertEquals(r.decode().operators().size(), o.get("operators").size());
        assertEquals("fp8", o.at("/workload/computePrecision").asText(), "fp8 weights compute in fp8 where the chip can");
    }

    @Test
    void sliderOptionsReachTheScenario() throws Exception {
        JsonNode o = json("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--chips", "2", "--node", "7",
                "--hbm-bandwidth", "5", "--sram-bandwidth", "20", "--precision", "int8", "--kv-precision", "fp8",
                "--format", "json");
        Hardware gpu = TestChips.gpu();
        Workload w = new Workload(TestChips.small(), Precision.INT8, WorkloadDefaults.computePrecisionFor(gpu, Precision.INT8),
                Precision.FP8, Precision.FP16, 1, 512, 256);
        Result r = direct(TestChips.scenario(gpu, w).withChips(2).withProcessNode(7).withDramBandwidth(5e12).withSramBandwidth(20e12));

        assertEquals(2, o.get("chips").asInt());
        assertSame(r.tokensPerSecond(), o.at("/decode/tokensPerSecond"), "tokens/s");
        assertSame(r.timeToFirstTokenSeconds(), o.at("/prefill/timeToFirstTokenSeconds"), "TTFT");
        assertEquals("fp8", o.at("/workload/kvPrecision").asText());
        assertEquals("fp16", o.at("/workload/computePrecision").asText(), "int8 weights are weight-only quantisation");
    }

    @Test
    void computePrecisionCanBeOverridden() throws Exception {
        JsonNode o = json("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--precision", "int8",
                "--compute-precision", "int8", "--format", "json");
        assertEquals("int8", o.at("/workload/computePrecision").asText());
    }

    @Test
    void fidelityIsTheCrossValidatedFigureOfTheFamilyAndStack() throws Exception {
        JsonNode o = json("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--format", "json");
        assertEquals("cross-validated", o.at("/fidelity/method").asText());
        assertSame(TestChips.GPU_FIDELITY.medianErrorPercent().getAsDouble(), o.at("/fidelity/medianErrorPercent"), "median error");
        assertEquals(TestChips.GPU_FIDELITY.runs(), o.at("/fidelity/runs").asInt());
        assertEquals("test-gpu-stack", o.at("/stack/id").asText());

        JsonNode cim = json("simulate", "--hardware", "test-cim", "--model", "test-7b", "--precision", "int8", "--format", "json");
        assertEquals("not-validated", cim.at("/fidelity/method").asText());
        assertTrue(cim.at("/fidelity/medianErrorPercent").isMissingNode() || cim.at("/fidelity/medianErrorPercent").isNull());
    }

    @Test
    void withoutAFidelityTableResultsSayNotValidated() throws Exception {
        Catalog c = TestChips.catalog();
        Catalog noTable = new Catalog(c.hardware(), c.models(), c.stacks(), c.nodes(), c.trends(),
                org.memwall.core.sim.FidelityTable.empty(), c.problems(), c.notices());
        CliRun run = CliRun.of(new FixtureEnvironment(noTable, TestChips.measurements()),
                "simulate", "--hardware", "test-gpu", "--model", "test-7b", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("not validated", JSON.readTree(run.out()).at("/fidelity/label").asText());
    }

    @Test
    void tableIsForPeopleAndCsvIsOneHeaderAndOneRow() {
        CliRun table = CliRun.of("simulate", "--hardware", "test-gpu", "--model", "test-7b");
        assertEquals(0, table.exitCode(), table.err());
        for (String expected : List.of("Test 7B on Test GPU", "tok/s", " ms", "mJ", "fidelity:", "HBM3", "bound")) {
            assertTrue(table.out().contains(expected), "table lacks '" + expected + "':\n" + table.out());
        }

        CliRun csv = CliRun.of("simulate", "--hardware", "test-gpu", "--model", "test-7b", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.outLines();
        assertEquals(2, lines.length, csv.out());
        assertEquals(lines[0].split(",").length, lines[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length);
        assertTrue(lines[0].startsWith("hardware,model,chips"));
        assertFalse(csv.out().contains("tok/s"), "csv holds plain numbers");
    }
}
