package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.Hardware;

class PresetProblemsTest {
    private static final int SHIPPED_CHIPS = 9;
    private static final int SHIPPED_MODELS = 7;

    @TempDir
    Path userDir;
    @TempDir
    Path extraDir;

    private final ObjectMapper json = new ObjectMapper();

    private static String builtIn(String relative) {
        return PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + relative).orElseThrow();
    }

    private Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private PresetCatalog load() {
        return new PresetLoader(userDir).read(Optional.of(extraDir));
    }

    /** Removes the covers entries that start with {@code prefix}, and the sources left covering nothing. */
    private static void dropCovers(ObjectNode preset, String prefix) {
        ArrayNode sources = (ArrayNode) preset.get("sources");
        for (int s = sources.size() - 1; s >= 0; s--) {
            ArrayNode covers = (ArrayNode) sources.get(s).get("covers");
            for (int i = covers.size() - 1; i >= 0; i--) {
                if (covers.get(i).asText().startsWith(prefix)) {
                    covers.remove(i);
                }
            }
            if (covers.isEmpty()) {
                sources.remove(s);
            }
        }
    }

    private static PresetProblem only(PresetCatalog catalog) {
        assertEquals(1, catalog.problems().size(), () -> catalog.problems().stream().map(PresetProblem::toString).collect(Collectors.joining("\n")));
        return catalog.problems().get(0);
    }

    /** 1-based number of the first line containing {@code needle}. */
    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    @Test
    void aNegativeBandwidthNamesFileFieldAndLineWhileEverythingElseLoads() throws IOException {
        String text = builtIn("hardware/h100-sxm.json").replace("\"bandwidthBytesPerSecond\": 3350000000000.0", "\"bandwidthBytesPerSecond\": -1");
        Path file = write(extraDir, "hardware/h100-sxm.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertEquals(file.toString(), p.file());
        assertEquals("memory[1].bandwidthBytesPerSecond", p.field());
        assertEquals(lineOf(text, "\"bandwidthBytesPerSecond\": -1"), p.line());
        assertEquals("must be a positive number, got -1", p.message());
        assertTrue(p.toString().endsWith("h100-sxm.json: memory[1].bandwidthBytesPerSecond (line " + p.line() + "): must be a positive number, got -1"), p.toString());
        // the broken override is dropped: the built-in H100 stays, with its published bandwidth
        assertEquals(SHIPPED_CHIPS, catalog.hardware().size());
        assertEquals(3.35e12, catalog.hardware("h100-sxm").orElseThrow().memory().get(1).bandwidthBytesPerSecond());
        assertEquals(List.of(), catalog.notices());
    }

    @Test
    void invalidJsonIsReportedWithItsLine() throws IOException {
        write(extraDir, "models/broken.json", "{\n  \"id\": \"broken\",\n  \"layers\": ,\n}\n");

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertTrue(p.file().endsWith("broken.json"));
        assertEquals("", p.field());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("not valid JSON"), p.message());
        assertEquals(SHIPPED_MODELS, catalog.models().size());
    }

    @Test
    void unknownMissingAndMistypedFieldsAreEachReported() throws IOException {
        ObjectNode model = (ObjectNode) json.readTree(builtIn("models/llama-2-7b.json"));
        model.put("id", "my-model");
        model.set("layerz", model.remove("layers"));
        model.put("hiddenSize", "big");
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        write(extraDir, "models/my-model.json", text);

        PresetCatalog catalog = load();

        List<String> problems = catalog.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        assertTrue(problems.contains(": missing field 'layers'"), problems::toString);
        assertTrue(problems.contains("hiddenSize: must be a positive number, got \"big\"") || problems.contains("hiddenSize: must be a number, got \"big\""), problems::toString);
        assertTrue(problems.contains("layerz: unknown field 'layerz'"), problems::toString);
        PresetProblem unknown = catalog.problems().stream().filter(p -> p.field().equals("layerz")).findFirst().orElseThrow();
        assertEquals(lineOf(text, "\"layerz\""), unknown.line());
        assertTrue(catalog.model("my-model").isEmpty());
        assertEquals(SHIPPED_MODELS, catalog.models().size());
    }

    @Test
    void aNumberWithoutSourceIsReported() throws IOException {
        ObjectNode model = (ObjectNode) json.readTree(builtIn("models/llama-2-13b.json"));
        for (var source : model.get("sources")) {
            ArrayNode covers = (ArrayNode) source.get("covers");
            for (int i = covers.size() - 1; i >= 0; i--) {
                if (covers.get(i).asText().equals("ffnSize")) {
                    covers.remove(i);
                }
            }
        }
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        write(extraDir, "models/llama-2-13b.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertEquals("ffnSize", p.field());
        assertEquals(lineOf(text, "\"ffnSize\""), p.line());
        assertTrue(p.message().contains("no source"), p.message());
        assertTrue(catalog.model("llama-2-13b").isPresent(), "the built-in stays");
    }

    @Test
    void aParentPathInCoversCoversEverythingBelowIt() throws IOException {
        ObjectNode chip = (ObjectNode) json.readTree(builtIn("hardware/groq-lpu.json"));
        dropCovers(chip, "link.");
        ((ArrayNode) chip.get("sources").get(0).get("covers")).add("link");
        write(extraDir, "hardware/groq-lpu.json", json.writeValueAsString(chip));

        PresetCatalog catalog = load();

        assertEquals(List.of(), catalog.problems());
        assertEquals(1, catalog.notices().size());
    }

    @Test
    void aCoversEntryNamingNoFieldIsReported() throws IOException {
        ObjectNode model = (ObjectNode) json.readTree(builtIn("models/llama-3-8b.json"));
        ((ArrayNode) model.get("sources").get(0).get("covers")).add("layerCount");
        write(extraDir, "models/llama-3-8b.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(model));

        PresetProblem p = only(load());
        assertTrue(p.field().startsWith("sources[0].covers["), p.field());
        assertTrue(p.message().contains("layerCount"), p.message());
    }

    @Test
    void aUserPresetOverridesTheBuiltInAndSaysSo() throws IOException {
        ObjectNode chip = (ObjectNode) json.readTree(builtIn("hardware/groq-lpu.json"));
        chip.put("priceUsd", 12000);
        write(userDir, "hardware/groq-lpu.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(chip));

        PresetCatalog catalog = new PresetLoader(userDir).read(Optional.empty());

        assertEquals(List.of(), catalog.problems());
        Hardware groq = catalog.hardware("groq-lpu").orElseThrow();
        assertEquals(12000, groq.priceUsd().orElseThrow());
        assertEquals(1, catalog.notices().size());
        String notice = catalog.notices().get(0);
        assertTrue(notice.startsWith("user preset groq-lpu") && notice.endsWith("overrides the built-in one"), notice);
        assertEquals(SHIPPED_CHIPS, catalog.hardware().size(), "overridden, not added");
    }

    @Test
    void theExtraFolderOverridesTheUserFolder() throws IOException {
        ObjectNode chip = (ObjectNode) json.readTree(builtIn("hardware/h200-sxm.json"));
        ((ObjectNode) chip.get("power")).put("boardLimitWatts", 650);
        write(userDir, "hardware/h200-sxm.json", json.writeValueAsString(chip));
        ((ObjectNode) chip.get("power")).put("boardLimitWatts", 600);
        write(extraDir, "hardware/h200-sxm.json", json.writeValueAsString(chip));

        PresetCatalog catalog = load();

        assertEquals(600, catalog.hardware("h200-sxm").orElseThrow().powerWatts());
        assertEquals(2, catalog.notices().size());
        assertTrue(catalog.notices().get(1).contains("overrides the user one"), catalog.notices().get(1));
    }

    @Test
    void aModelWhoseShapeDisagreesWithItsPublishedSizeIsRejected() throws IOException {
        ObjectNode model = (ObjectNode) json.readTree(builtIn("models/llama-2-7b.json"));
        model.put("publishedParametersBillion", 7.0);
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        Path file = write(extraDir, "models/llama-2-7b.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertEquals(file.toString(), p.file());
        assertEquals("publishedParametersBillion", p.field());
        assertEquals(lineOf(text, "\"publishedParametersBillion\""), p.line());
        assertTrue(p.message().contains("6.74 billion"), p.message());
        assertEquals(6.74e9, catalog.model("llama-2-7b").orElseThrow().publishedParameters(), "the built-in stays");
    }

    @Test
    void aFailingCoreCheckIsPinnedToItsField() throws IOException {
        ObjectNode chip = (ObjectNode) json.readTree(builtIn("hardware/v100-sxm2.json"));
        chip.put("id", "v100-no-hbm");
        ((ArrayNode) chip.get("memory")).remove(1);
        dropCovers(chip, "memory[1]");
        ObjectNode notes = (ObjectNode) chip.get("notes");
        notes.remove(List.of("memory[1].sustainedFraction", "memory[1].energyPerBitJoules", "memory[1].latencySeconds",
                "memory[1].capacityBytes"));
        write(extraDir, "hardware/v100-no-hbm.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(chip));

        PresetProblem p = only(load());
        assertEquals("memory", p.field());
        assertTrue(p.message().contains("von Neumann chip needs an off-chip DRAM level"), p.message());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws IOException {
        ObjectNode chip = (ObjectNode) json.readTree(builtIn("hardware/tpu-v5e.json"));
        ((ObjectNode) chip.get("compute")).put("shape", "hexagonal");
        write(extraDir, "hardware/tpu-v5e.json", json.writeValueAsString(chip));

        PresetProblem p = only(load());
        assertEquals("compute.shape", p.field());
        assertEquals("unknown value \"hexagonal\" (expected one of simt-tensor-core, systolic-array, cim-macro)", p.message());
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsReported() throws IOException {
        write(extraDir, "models/llama-2-70b-copy.json", builtIn("models/llama-2-70b.json"));

        PresetProblem p = only(load());
        assertEquals("id", p.field());
        assertTrue(p.message().contains("llama-2-70b-copy.json"), p.message());
    }

    @Test
    void aScenarioNamingAMissingChipIsDroppedWithAProblem() throws IOException {
        ObjectNode scenario = (ObjectNode) json.readTree(builtIn("scenarios/default.json"));
        scenario.put("id", "mine");
        ((ArrayNode) scenario.get("compareWith")).add("b200");
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        write(extraDir, "scenarios/mine.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertEquals("compareWith[1]", p.field());
        assertEquals(lineOf(text, "\"b200\""), p.line());
        assertTrue(catalog.scenario("mine").isEmpty());
        assertTrue(catalog.scenario("default").isPresent());
    }

    @Test
    void aScenarioWhoseClaimHasNoSourceIsDroppedWithAProblem() throws IOException {
        ObjectNode scenario = (ObjectNode) json.readTree(builtIn("scenarios/default.json"));
        scenario.put("id", "mine");
        scenario.putArray("sources");
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        write(extraDir, "scenarios/mine.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertEquals("sources", p.field());
        assertTrue(p.message().contains("must list at least one entry"), p.message());
        assertTrue(catalog.scenario("mine").isEmpty());
    }

    private ObjectNode scenarioWithChinese(String id) throws IOException {
        ObjectNode scenario = (ObjectNode) json.readTree(builtIn("scenarios/default.json"));
        scenario.put("id", id);
        ObjectNode zh = scenario.putObject("zh");
        zh.put("title", "标题");
        zh.put("narrative", "叙述");
        ArrayNode hints = zh.putArray("lookAt");
        scenario.get("lookAt").forEach(h -> hints.add("看点"));
        return scenario;
    }

    @Test
    void aScenarioWithChineseTextsLoadsThem() throws IOException {
        ObjectNode scenario = scenarioWithChinese("mine");
        write(extraDir, "scenarios/mine.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario));

        PresetCatalog catalog = load();

        assertEquals(List.of(), catalog.problems());
        ScenarioPreset mine = catalog.scenario("mine").orElseThrow();
        ScenarioPreset.Texts zh = mine.chinese().orElseThrow();
        assertEquals("标题", zh.title());
        assertEquals("叙述", zh.narrative());
        assertEquals(mine.lookAt().size(), zh.lookAt().size());
        assertEquals("SRAM instead of HBM: H100 vs Groq LPU", mine.title(), "the English title stays");
    }

    @Test
    void aChineseTextsObjectWithoutANarrativeDropsTheScenarioWithAProblem() throws IOException {
        ObjectNode scenario = scenarioWithChinese("mine");
        ((ObjectNode) scenario.get("zh")).remove("narrative");
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        write(extraDir, "scenarios/mine.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertTrue(p.file().endsWith("mine.json"), p.file());
        assertEquals("zh", p.field());
        assertTrue(p.message().contains("missing field 'narrative'"), p.message());
        assertEquals(lineOf(text, "\"zh\" : {"), p.line());
        assertTrue(catalog.scenario("mine").isEmpty());
        assertTrue(catalog.scenario("default").isPresent());
    }

    @Test
    void chineseHintsMustMatchTheEnglishOnesOneForOne() throws IOException {
        ObjectNode scenario = scenarioWithChinese("mine");
        ((ArrayNode) scenario.get("zh").get("lookAt")).remove(0);
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        write(extraDir, "scenarios/mine.json", text);

        PresetCatalog catalog = load();

        PresetProblem p = only(catalog);
        assertTrue(p.file().endsWith("mine.json"), p.file());
        assertEquals("zh.lookAt", p.field());
        assertTrue(p.message().contains("one hint for each of the 3 English lookAt hints, got 2"), p.message());
        assertTrue(catalog.scenario("mine").isEmpty());
    }

    @Test
    void aUserProcessNodeTableReplacesTheBuiltInOne() throws IOException {
        ObjectNode table = (ObjectNode) json.readTree(builtIn("process-nodes.json"));
        ((ArrayNode) table.get("nodes")).remove(0);
        write(userDir, "process-nodes.json", json.writeValueAsString(table));

        PresetCatalog catalog = new PresetLoader(userDir).read(Optional.empty());

        assertEquals(List.of(), catalog.problems());
        assertEquals(10, catalog.nodes().entries().size());
        assertTrue(catalog.notices().get(0).contains("process-node table"), catalog.notices().get(0));
    }

    @Test
    void memoryWallTrendsWithAnUncoveredRateAreReportedAndTheBuiltInOnesStay() throws IOException {
        ObjectNode trends = (ObjectNode) json.readTree(builtIn("memory-wall-trends.json"));
        ObjectNode compute = (ObjectNode) trends.get("compute");
        compute.put("growthFactorPer2Years", 4.0);
        compute.remove("sources");
        write(userDir, "memory-wall-trends.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(trends));

        PresetCatalog catalog = new PresetLoader(userDir).read(Optional.empty());

        // two problems: the missing list, and the number it leaves without a source
        assertEquals(2, catalog.problems().size(), catalog.problems()::toString);
        for (PresetProblem p : catalog.problems()) {
            assertTrue(p.file().endsWith("memory-wall-trends.json") && p.field().startsWith("compute"), p.toString());
        }
        assertTrue(catalog.problems().stream().anyMatch(p -> p.field().equals("compute.growthFactorPer2Years") && p.line() == 6),
                catalog.problems()::toString);
        assertEquals(3.0, catalog.trends().orElseThrow().compute().factorPerTwoYears(), "the built-in rates stay");
        assertEquals(SHIPPED_CHIPS, catalog.hardware().size());
    }

    @Test
    void aUserTrendsFileReplacesTheBuiltInOne() throws IOException {
        ObjectNode trends = (ObjectNode) json.readTree(builtIn("memory-wall-trends.json"));
        trends.put("fromYear", 2013);
        write(userDir, "memory-wall-trends.json", json.writeValueAsString(trends));

        PresetCatalog catalog = new PresetLoader(userDir).read(Optional.empty());

        assertEquals(List.of(), catalog.problems());
        assertEquals(2013, catalog.trends().orElseThrow().fromYear());
        assertTrue(catalog.notices().get(0).contains("memory-wall trends"), catalog.notices().get(0));
    }

    @Test
    void theStaticEntryPointReadsTheUserFolderUnderUserHome() {
        // surefire points user.home at an empty folder, so only built-ins load
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        assertEquals(List.of(), catalog.problems());
        assertEquals(SHIPPED_CHIPS, catalog.hardware().size());
    }
}
