package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LessonsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CliEnvironment SHIPPED = new PresetEnvironment();

    @Test
    void jsonListsEveryCheckWithItsScenarioClaimValuesAndVerdict() throws Exception {
        CliRun run = CliRun.of(SHIPPED, "lessons", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode list = JSON.readTree(run.out());
        assertTrue(list.isArray() && list.size() > 20, run.out());
        Set<String> scenarios = new HashSet<>();
        for (JsonNode o : list) {
            for (String key : List.of("scenario", "step", "claim", "computed", "article", "unit", "verdict")) {
                assertTrue(o.has(key), "missing " + key + " in " + o);
            }
            assertTrue(o.get("computed").isNumber() || o.get("computed").isNull(), o.toString());
            assertTrue(Set.of("holds", "partly", "does not hold", "cannot check").contains(o.get("verdict").asText()), o.toString());
            scenarios.add(o.get("scenario").asText());
        }
        assertEquals(7, scenarios.size(), scenarios.toString());
    }

    @Test
    void oneScenarioAndOneStep() throws Exception {
        CliRun run = CliRun.of(SHIPPED, "lessons", "--scenario", "capacity-critique", "--step", "2", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode list = JSON.readTree(run.out());
        assertEquals(2, list.size(), run.out());
        for (JsonNode o : list) {
            assertEquals("capacity-critique", o.get("scenario").asText());
            assertEquals(2, o.get("step").asInt());
            assertEquals("holds", o.get("verdict").asText(), o.toString());
        }
    }

    @Test
    void theTableNamesEachClaimAndSaysWhy() {
        CliRun run = CliRun.of(SHIPPED, "lessons", "--scenario", "default");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("sram-30x-hbm"), run.out());
        assertTrue(run.out().contains("Partly: Groq LPU SRAM 80.0 TB/s against NVIDIA H100 HBM 3.35 TB/s: 23.9x"), run.out());
    }

    @Test
    void mistakesGetOneLineAndExitCodeTwo() {
        for (String[] args : List.of(new String[] {"lessons", "--scenario", "nope"},
                new String[] {"lessons", "--step", "2"},
                new String[] {"lessons", "--scenario", "default", "--step", "9"},
                new String[] {"lessons", "--format", "csv"})) {
            CliRun run = CliRun.of(SHIPPED, args);
            assertEquals(MemwallCli.EXIT_USAGE, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.errLines().length, run.err());
            assertTrue(run.errLines()[0].startsWith("memwall-explorer lessons: "), run.err());
        }
    }
}
