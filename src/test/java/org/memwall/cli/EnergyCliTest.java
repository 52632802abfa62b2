package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Measurement;
import org.memwall.presets.MeasurementsCsv;

/** Energy on the command line with the shipped presets: JSON fields, the wall-plug view, validate's energy rows. */
class EnergyCliTest {
    private static final CliEnvironment SHIPPED = new PresetEnvironment();

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(SHIPPED, args);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void simulateJsonGivesAcceleratorEnergyItsBreakdownAndWhatItCounts() throws Exception {
        JsonNode e = json("simulate", "--hardware", "h100-sxm", "--model", "llama-3-8b", "--batch", "8", "--stack", "vllm",
                "--format", "json").get("energy");
        double total = e.get("acceleratorJoulesPerOutputToken").asDouble();
        double sum = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = e.get("breakdown").fields(); it.hasNext(); ) {
            sum += it.next().getValue().asDouble();
        }
        assertEquals(total, sum, total * 1e-9);
        for (String part : new String[] {"static", "compute", "L2 cache", "HBM3", "links", "converters"}) {
            assertTrue(e.get("breakdown").has(part), part);
        }
        assertEquals("accelerators only, idle power included; no host, no cooling", e.get("counts").asText());
        assertTrue(e.get("dynamicJoulesPerOutputToken").asDouble() < total, "the dynamic-only figure leaves idle power out");
        double watts = e.at("/power/decode/averageWattsPerChip").asDouble();
        assertTrue(watts >= 75 && watts <= 700, watts + " W");
        assertFalse(e.has("wallPlug"), "the wall-plug view is off unless a facility is named");
    }

    @Test
    void aFacilityAddsTheWallPlugView() throws Exception {
        JsonNode e = json("simulate", "--hardware", "h100-sxm", "--model", "llama-3-8b", "--facility", "gemini-fleet-2025",
                "--format", "json").get("energy");
        double accelerators = e.get("acceleratorJoulesPerOutputToken").asDouble();
        assertEquals(accelerators * 1.6 * 1.09, e.at("/wallPlug/joulesPerOutputToken").asDouble(), accelerators * 1e-9);
        CliRun table = CliRun.of(SHIPPED, "compare", "--hardware", "h100-sxm,groq-lpu", "--model", "llama-2-70b", "--precision", "int8",
                "--facility", "gpu-server-pue-1.2");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("energy at the wall (8-GPU server in a typical data centre)"), table.out());
        CliRun csv = CliRun.of(SHIPPED, "compare", "--hardware", "h100-sxm,groq-lpu", "--model", "llama-2-70b", "--precision", "int8",
                "--facility", "gpu-server-pue-1.2", "--format", "csv");
        assertTrue(csv.outLines()[0].endsWith("facility,wall_plug_joules_per_token"), csv.outLines()[0]);
        assertTrue(csv.outLines()[0].contains("energy_counts"), csv.outLines()[0]);
    }

    @Test
    void anUnknownFacilityIsOneLineAndExitTwo() {
        CliRun run = CliRun.of(SHIPPED, "simulate", "--hardware", "h100-sxm", "--model", "llama-3-8b", "--facility", "mars");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("unknown facility 'mars'") && run.err().contains("gemini-fleet-2025"), run.err());
    }

    @Test
    void aPipelineShowsItsEnergyAtTheStreamsThatFillIt() {
        CliRun run = CliRun.of(SHIPPED, "simulate", "--hardware", "groq-lpu", "--model", "llama-2-70b", "--precision", "int8");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*energy with \\d+ streams .* per output token.*"), run.out());
        CliRun many = CliRun.of(SHIPPED, "simulate", "--hardware", "groq-lpu", "--model", "llama-2-70b", "--precision", "int8",
                "--streams", "16");
        assertTrue(many.out().contains("energy with 1 stream"), many.out());
    }

    @Test
    void validateScoresTheEnergyRunsApartFromSpeed() throws Exception {
        CliRun run = CliRun.of(SHIPPED, "validate");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int energy = out.indexOf("energy per output token (accelerators only");
        assertTrue(energy > 0, out);
        for (Measurement m : MeasurementsCsv.loadBuiltInEnergy()) {
            assertTrue(out.indexOf(m.id()) > energy, m.id() + " belongs in the energy table");
        }
        assertTrue(out.contains("energy in-sample (power figures fitted to these runs): median"), out);
        assertTrue(out.contains("energy cross-validated (each source left out and predicted): median"), out);

        JsonNode j = json("validate", "--format", "json");
        assertEquals(MeasurementsCsv.loadBuiltInEnergy().size(), j.at("/energy/runs").size());
        assertTrue(j.at("/energy/crossValidatedMedianErrorPercent").asDouble() > 0);
        j.get("runs").forEach(r -> assertFalse(r.get("metric").asText().equals("gpu_joules_per_output_token"), "speed runs only"));
    }
}
