package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.economics.PriceBasis;

/** A scenario's steps, and a scenario of the user's own, are checked on load with field and line. */
class ScenarioStepProblemsTest {
    @TempDir
    Path userDir;
    @TempDir
    Path extraDir;
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode shipped(String id) throws IOException {
        String text = PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + "scenarios/" + id + ".json").orElseThrow();
        ObjectNode node = (ObjectNode) json.readTree(text);
        node.put("id", "mine");
        return node;
    }

    /** Writes the changed scenario as "mine" and returns the problems of that file, and its text. */
    private List<PresetProblem> problems(ObjectNode scenario, Consumer<ObjectNode> change, String[] text) throws IOException {
        change.accept(scenario);
        text[0] = json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        Files.createDirectories(extraDir.resolve("scenarios"));
        Files.writeString(extraDir.resolve("scenarios/mine.json"), text[0], StandardCharsets.UTF_8);
        PresetCatalog catalog = new PresetLoader(userDir).read(Optional.of(extraDir));
        assertTrue(catalog.scenario("mine").isEmpty() || catalog.problems().stream().noneMatch(p -> p.file().endsWith("mine.json")));
        return catalog.problems().stream().filter(p -> p.file().endsWith("mine.json")).toList();
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static ObjectNode step(ObjectNode scenario, int i) {
        return (ObjectNode) scenario.get("steps").get(i);
    }

    @Test
    void anUnknownClaimIsNamedWithItsFieldAndLine() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> ((ArrayNode) step(s, 0).get("claims")).set(0, "no-such-claim"), text);
        assertEquals(1, p.size(), p.toString());
        assertEquals("steps[0].claims[0]", p.get(0).field());
        assertEquals(lineOf(text[0], "\"no-such-claim\""), p.get(0).line());
        assertTrue(p.get(0).message().contains("no claim is called 'no-such-claim'"), p.get(0).message());
    }

    @Test
    void anUnknownHighlightListsWhatCanBePointedAt() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> ((ArrayNode) step(s, 1).get("highlight")).add("the-moon"), text);
        assertEquals(1, p.size(), p.toString());
        assertEquals("steps[1].highlight[2]", p.get(0).field());
        assertTrue(p.get(0).message().contains("tile-speed"), p.get(0).message());
    }

    @Test
    void oneStepIsTooFewAndSixTooMany() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> {
            ArrayNode steps = (ArrayNode) s.get("steps");
            while (steps.size() > 1) {
                steps.remove(1);
            }
        }, text);
        assertEquals("steps", p.get(0).field());
        assertTrue(p.get(0).message().contains("2 to 5 steps, got 1"), p.get(0).message());
        p = problems(shipped("default"), s -> {
            ArrayNode steps = (ArrayNode) s.get("steps");
            steps.add(steps.get(0).deepCopy());
            steps.add(steps.get(0).deepCopy());
        }, text);
        assertTrue(p.get(0).message().contains("got 6"), p.toString());
    }

    @Test
    void aStepSwitchingToAMissingChipOrAWrongBasisIsNamed() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> {
            step(s, 2).putObject("set").put("hardware", "b200").put("priceBasis", "cheap");
        }, text);
        assertEquals(List.of("steps[2].set.priceBasis"), p.stream().map(PresetProblem::field).toList(), p.toString());
        p = problems(shipped("default"), s -> step(s, 2).putObject("set").put("hardware", "b200"), text);
        assertEquals(List.of("steps[2].set.hardware"), p.stream().map(PresetProblem::field).toList(), p.toString());
        assertEquals(lineOf(text[0], "\"b200\""), p.get(0).line());
    }

    @Test
    void aChineseScenarioNeedsEachStepInChinese() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> step(s, 1).remove("zh"), text);
        assertEquals("steps[1]", p.get(0).field());
        assertTrue(p.get(0).message().contains("missing field 'zh'"), p.get(0).message());
    }

    @Test
    void aScenarioOfTheUsersOwnNeedsNoClaimNumberSourcesHintsOrSteps() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> {
            s.remove(List.of("claim", "sources", "lookAt", "steps", "zh"));
            s.put("concurrentStreams", 8).put("priceBasis", "bom");
        }, text);
        assertEquals(List.of(), p);
        ScenarioPreset mine = new PresetLoader(userDir).read(Optional.of(extraDir)).scenario("mine").orElseThrow();
        assertTrue(mine.claim().isEmpty());
        assertEquals(1, mine.lesson().steps().size());
        assertEquals(8, mine.setup().concurrentStreams());
        assertEquals(PriceBasis.BOM, mine.setup().priceBasis());
    }

    @Test
    void aClaimNumberBeyondTheStorysSaysSoWithoutNamingADocument() throws IOException {
        String[] text = new String[1];
        List<PresetProblem> p = problems(shipped("default"), s -> s.put("claim", 9), text);
        assertEquals("claim", p.get(0).field());
        assertTrue(p.get(0).message().contains("1 to 7"), p.get(0).message());
        assertTrue(!p.get(0).message().contains(".md"), p.get(0).message());
    }
}
