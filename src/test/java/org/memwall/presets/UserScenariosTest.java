package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;
import org.memwall.lessons.Setup;

class UserScenariosTest {
    @TempDir
    Path userDir;
    @TempDir
    Path elsewhere;

    private PresetCatalog load() {
        return new PresetLoader(userDir).read(Optional.empty());
    }

    private static Setup setup() {
        return new Setup("groq-lpu", List.of("h100-sxm"), "llama-2-70b", Precision.INT8, 4, 1024, 128, 576,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(60e12), 24, PriceBasis.BOM, Optional.empty());
    }

    @Test
    void aSavedScenarioLoadsOnTheNextStartWithEverySettingAndNoClaimNumber() throws IOException {
        UserScenarios user = new UserScenarios(userDir);
        Path file = user.save("My LPU at 24 streams", "Twenty-four streams in flight.", Optional.of("the LPU is cheaper per token/s"), setup());
        assertEquals(userDir.resolve("scenarios/my-lpu-at-24-streams.json"), file);
        PresetCatalog catalog = load();
        assertEquals(List.of(), catalog.problems().stream().filter(p -> p.file().contains("my-lpu")).toList());
        ScenarioPreset mine = catalog.scenario("my-lpu-at-24-streams").orElseThrow();
        assertTrue(mine.claim().isEmpty());
        assertEquals(Optional.of("the LPU is cheaper per token/s"), mine.claimText());
        assertEquals(setup(), mine.setup());
    }

    @Test
    void savingTheSameTitleTwiceKeepsBoth() throws IOException {
        UserScenarios user = new UserScenarios(userDir);
        Path a = user.save("Same", "", Optional.empty(), setup());
        Path b = user.save("Same", "", Optional.empty(), setup());
        assertFalse(a.equals(b));
        assertEquals("same-2.json", b.getFileName().toString());
        assertTrue(load().scenario("same").isPresent() && load().scenario("same-2").isPresent());
    }

    @Test
    void aMalformedFileNamesFieldAndLineAndNothingIsCopied() throws IOException {
        Path file = elsewhere.resolve("from-a-colleague.json");
        Files.writeString(file, """
                {
                  "id": "colleague",
                  "title": "From a colleague",
                  "narrative": "Try this.",
                  "hardware": "h100-sxm",
                  "model": "llama-2-7b",
                  "precision": "fp12",
                  "batch": 0,
                  "promptTokens": 128,
                  "outputTokens": 128
                }
                """);
        UserScenarios user = new UserScenarios(userDir);
        UserScenarios.Opened opened = user.read(file, load());
        assertTrue(opened.scenario().isEmpty());
        assertEquals(List.of("precision", "batch"), opened.problems().stream().map(PresetProblem::field).toList());
        assertEquals(7, opened.problems().get(0).line());
        assertEquals(8, opened.problems().get(1).line());
        assertEquals("from-a-colleague.json", opened.problems().get(0).file());
        assertFalse(Files.exists(user.folder()), "nothing was written");
    }

    @Test
    void aFileNamingAChipThatIsNotLoadedIsRefusedWithTheField() throws IOException {
        Path file = elsewhere.resolve("b200.json");
        Files.writeString(file, "{\"id\": \"b\", \"title\": \"B\", \"narrative\": \"n\", \"hardware\": \"b200\", \"model\": \"llama-2-7b\","
                + " \"precision\": \"fp16\", \"batch\": 1, \"promptTokens\": 128, \"outputTokens\": 128}");
        UserScenarios.Opened opened = new UserScenarios(userDir).read(file, load());
        assertEquals("hardware", opened.problems().get(0).field());
        assertTrue(opened.problems().get(0).message().contains("b200"));
    }

    @Test
    void notJsonGivesTheLine() throws IOException {
        Path file = elsewhere.resolve("broken.json");
        Files.writeString(file, "{\n  \"id\": \"x\",\n  oops\n}");
        UserScenarios.Opened opened = new UserScenarios(userDir).read(file, load());
        assertEquals(3, opened.problems().get(0).line());
        assertTrue(opened.problems().get(0).message().startsWith("not valid JSON"), opened.problems().get(0).message());
    }

    @Test
    void anOpenedScenarioIsCopiedIntoTheUsersFolderUnderAFreeId() throws IOException {
        UserScenarios user = new UserScenarios(userDir);
        Path saved = user.save("Shared", "n", Optional.empty(), setup());
        Path copy = elsewhere.resolve("shared.json");
        Files.copy(saved, copy);
        UserScenarios.Opened opened = user.read(copy, load());
        Path imported = user.importScenario(copy, opened.scenario().orElseThrow());
        assertEquals("shared-2.json", imported.getFileName().toString());
        assertTrue(load().scenario("shared-2").isPresent());
    }

    @Test
    void titlesBecomeFileNames() {
        assertEquals("my-h100-test", UserScenarios.slug("My H100 test!"));
        assertEquals("scenario", UserScenarios.slug("我的场景"));
        assertEquals("cafe", UserScenarios.slug("Café"));
    }
}
