package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.io.SetAside;

/**
 * Regression tests for the preset files of the robustness issue: large, deep, non-numeric,
 * mis-encoded or physically absurd files are refused in the preset author's words with a line,
 * quickly and without holding the whole file in memory many times over, and every other preset loads.
 */
class HostilePresetsTest {
    private static final int SHIPPED_CHIPS = 9;
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path userDir;
    @TempDir
    Path extraDir;

    private final ObjectMapper json = new ObjectMapper();

    private static String builtIn(String relative) {
        return PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + relative).orElseThrow();
    }

    private Path write(Path dir, String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(Path dir, String relative, String text) throws IOException {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private PresetCatalog load() {
        return assertTimeoutPreemptively(NO_HANG, () -> new PresetLoader(userDir).read(Optional.of(extraDir)));
    }

    private static PresetProblem only(PresetCatalog catalog) {
        assertEquals(1, catalog.problems().size(), () -> catalog.problems().stream().map(PresetProblem::toString)
                .collect(Collectors.joining("\n")));
        return catalog.problems().get(0);
    }

    /** No Jackson option or class names, no "[Source: ...]", no bare "Input length = 1". */
    private static void inOurWords(PresetProblem p) {
        for (String jackson : List.of("JsonReadFeature", "StreamReadConstraints", "Input length", "[Source", "com.fasterxml",
                "(code ")) {
            assertFalse(p.toString().contains(jackson), p.toString());
        }
        assertFalse(p.toString().contains("::"), p.toString());
    }

    private ObjectNode h100() throws IOException {
        return (ObjectNode) json.readTree(builtIn("hardware/h100-sxm.json"));
    }

    private String pretty(Object node) throws IOException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    @Test
    void aFileLargerThanAPresetNeedsIsRefusedAtOnce() throws IOException {
        byte[] big = new byte[50 << 20];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        write(extraDir, "hardware/huge.json", big);
        PresetProblem p = only(load());
        assertEquals(0, p.line());
        assertTrue(p.message().contains("larger than 1 MB"), p.message());
        inOurWords(p);
    }

    @Test
    void aPresetNearTheSizeLimitWithManyNumbersAndCoversLoadsInLinearTime() throws IOException {
        // 15,000 covered numbers: the old check compared every number with every cover (2e8 comparisons)
        ObjectNode h = h100();
        ObjectNode notes = h.putObject("notes");
        ArrayNode covers = (ArrayNode) h.get("sources").get(0).get("covers");
        ArrayNode extra = h.putArray("extra");
        for (int i = 0; i < 15_000; i++) {
            extra.add(i + 1);
            covers.add("extra[" + i + "]");
        }
        notes.put("general", "a test");
        write(extraDir, "hardware/h100-sxm.json", pretty(h));
        PresetProblem p = only(load());
        // the numbers are covered; the list is simply not a field of a chip
        assertEquals("extra", p.field());
        assertTrue(p.message().contains("unknown field"), p.message());
    }

    @Test
    void deepNestingLongNumbersAndManyValuesAreRefusedWithALine() throws IOException {
        write(extraDir, "hardware/deep.json", "{\n\"id\": " + "[".repeat(40) + "]".repeat(40) + "\n}");
        write(extraDir, "models/long.json", "{\n\"layers\":\n" + "9".repeat(500) + "\n}");
        PresetCatalog catalog = load();
        assertEquals(2, catalog.problems().size(), catalog.problems()::toString);
        for (PresetProblem p : catalog.problems()) {
            assertTrue(p.line() > 0, p.toString());
            inOurWords(p);
        }
        assertTrue(catalog.problems().stream().anyMatch(p -> p.message().contains("nested more than 32 levels")));
        assertTrue(catalog.problems().stream().anyMatch(p -> p.message().contains("number longer than 40")));
        assertEquals(SHIPPED_CHIPS, catalog.hardware().size());
    }

    @Test
    void nanAndInfinityAreNotJsonNumbersAndSaySo() throws IOException {
        String text = pretty(h100()).replaceFirst("\"boardLimitWatts\" : [0-9.]+", "\"boardLimitWatts\" : NaN");
        assertTrue(text.contains("NaN"));
        write(extraDir, "hardware/h100-sxm.json", text);
        PresetProblem p = only(load());
        assertTrue(p.message().contains("'NaN' is not a number JSON allows"), p.message());
        assertTrue(p.line() > 1, p.toString());
        inOurWords(p);
    }

    @Test
    void aLatin1FileIsToldItIsNotUtf8AndWhere() throws IOException {
        String text = pretty(h100()).replace("NVIDIA H100 SXM5 80GB", "NVIDIA H100 Grüße");
        write(extraDir, "hardware/h100-sxm.json", text.getBytes(StandardCharsets.ISO_8859_1));
        PresetProblem p = only(load());
        assertTrue(p.message().contains("not UTF-8 text"), p.message());
        assertEquals(text.lines().takeWhile(l -> !l.contains("Grüße")).count() + 1, p.line());
        inOurWords(p);
    }

    @Test
    void controlCharactersAndCommentsAreToldInOurWords() throws IOException {
        write(extraDir, "hardware/rs.json", "{\n\u001e\"id\": \"rs\"}");
        write(extraDir, "hardware/comment.json", "// a remark\n{}");
        write(extraDir, "hardware/tab.json", "{\"id\": \"a\u0001b\"}");
        PresetCatalog catalog = load();
        assertEquals(3, catalog.problems().size(), catalog.problems()::toString);
        for (PresetProblem p : catalog.problems()) {
            inOurWords(p);
            assertFalse(p.toString().contains("Feature") || p.toString().contains("enabl"), p.toString());
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        write(extraDir, "hardware/h100-sxm.json", "\uFEFF" + builtIn("hardware/h100-sxm.json"));
        PresetCatalog catalog = load();
        assertEquals(List.of(), catalog.problems());
        assertEquals(1, catalog.notices().size());
    }

    @Test
    void aFileLevelProblemReadsAsOneSentence() {
        assertEquals("x.json (line 3): not valid JSON", new PresetProblem("x.json", "", 3, "not valid JSON").toString());
        assertEquals("x.json: the file is empty", new PresetProblem("x.json", "", 0, "the file is empty").toString());
    }

    @Test
    void aMemoryLevelNamedLinkIsRefused() throws IOException {
        ObjectNode h = h100();
        ((ObjectNode) h.get("memory").get(0)).put("name", "link");
        write(extraDir, "hardware/h100-sxm.json", pretty(h));
        PresetProblem p = only(load());
        assertEquals("memory[0].name", p.field());
        assertTrue(p.message().contains("chip-to-chip link"), p.message());
    }

    @Test
    void physicallyAbsurdNumbersAreRefusedWithTheRange() throws IOException {
        String[][] cases = {{"memory[1]", "capacityBytes", "1"}, {"memory[1]", "bandwidthBytesPerSecond", "1e308"},
            {"memory[1]", "bandwidthBytesPerSecond", "1e-320"}, {"power", "boardLimitWatts", "1e308"}};
        for (String[] c : cases) {
            ObjectNode h = h100();
            ObjectNode owner = c[0].equals("power") ? (ObjectNode) h.get("power") : (ObjectNode) h.get("memory").get(1);
            owner.put(c[1], Double.parseDouble(c[2]));
            write(extraDir, "hardware/h100-sxm.json", pretty(h));
            PresetProblem p = only(load());
            assertEquals(c[0] + "." + c[1], p.field());
            assertTrue(p.message().startsWith("must be from "), p.message());
        }
    }

    @Test
    void headsThatDoNotDivideTheHiddenSizeAreRefused() throws IOException {
        ObjectNode m = (ObjectNode) json.readTree(builtIn("models/llama-2-7b.json"));
        m.put("attentionHeads", 24);
        m.put("kvHeads", 24);
        write(extraDir, "models/llama-2-7b.json", pretty(m));
        PresetCatalog catalog = load();
        assertTrue(catalog.problems().stream().anyMatch(p -> p.field().equals("attentionHeads")
                && p.message().contains("must divide hiddenSize")), catalog.problems()::toString);
    }

    @Test
    void scenariosAreCheckedWhenTheyLoadNotWhenShown() throws IOException {
        ObjectNode base = (ObjectNode) json.readTree(builtIn("scenarios/default.json"));
        ObjectNode blank = base.deepCopy();
        ((ArrayNode) blank.get("lookAt")).set(0, "  ");
        ObjectNode overflow = base.deepCopy();
        overflow.put("promptTokens", Integer.MAX_VALUE - 1);
        overflow.put("outputTokens", Integer.MAX_VALUE - 1);
        ObjectNode node = base.deepCopy();
        node.put("processNodeNm", 1000);
        ObjectNode chips = base.deepCopy();
        chips.put("chips", 9_000_000);
        String[][] expected = {{"lookAt[0]", "non-empty text"}, {"promptTokens", "to 1e9 tokens"},
            {"processNodeNm", "outside the process node table"}, {"chips", "can be split over at most"}};
        ObjectNode[] files = {blank, overflow, node, chips};
        for (int i = 0; i < files.length; i++) {
            write(extraDir, "scenarios/default.json", pretty(files[i]));
            PresetCatalog catalog = load();
            String field = expected[i][0];
            String words = expected[i][1];
            assertTrue(catalog.problems().stream().anyMatch(p -> p.field().equals(field) && p.message().contains(words)),
                    () -> field + ": " + catalog.problems());
            assertTrue(catalog.scenario("default").isPresent(), "the built-in one stays");
        }
    }

    @Test
    void idsWithPathCharactersAreRefused() throws IOException {
        for (String id : List.of("../etc", "a b", "x\ty", "-leading")) {
            ObjectNode h = h100();
            h.put("id", id);
            write(extraDir, "hardware/odd.json", pretty(h));
            PresetCatalog catalog = load();
            assertTrue(catalog.problems().stream().anyMatch(p -> p.field().equals("id") && p.message().contains("letters, digits")),
                    () -> id + ": " + catalog.problems());
        }
    }

    @Test
    void aCorruptPresetOfTheUsersOwnFolderIsSetAsideAndReportedOnce() throws IOException {
        String broken = "{\n  \"id\": \"mine\",\n  \"name\": ";
        Path file = write(userDir, "hardware/mine.json", broken);
        PresetProblem p = only(load());
        assertTrue(p.message().contains("set aside as mine.json.corrupt-"), p.message());
        assertTrue(p.message().contains("ends in the middle"), p.message());
        assertFalse(Files.exists(file));
        try (Stream<Path> list = Files.list(file.getParent())) {
            Path aside = list.filter(SetAside::isSetAside).findFirst().orElseThrow();
            assertEquals(broken, Files.readString(aside), "nothing of the user's is lost");
        }
        assertEquals(List.of(), load().problems(), "reported once");
    }

    @Test
    void aPresetThatParsesButIsWrongStaysWhereItIsAndIsReportedEachTime() throws IOException {
        ObjectNode h = h100();
        ((ObjectNode) h.get("power")).put("boardLimitWatts", -5);
        Path file = write(userDir, "hardware/h100-sxm.json", pretty(h));
        only(load());
        assertTrue(Files.exists(file));
        only(load());
    }

    @Test
    void aFifoNamedLikeAPresetDoesNotBlockLoading() throws Exception {
        Path dir = Files.createDirectories(extraDir.resolve("hardware"));
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start().waitFor());
        PresetProblem p = only(load());
        assertTrue(p.message().contains("not a regular file"), p.message());
    }

    @Test
    void anUnreadableUserFolderIsReportedNotSkipped() throws IOException {
        Path hardware = Files.createDirectories(userDir.resolve("hardware"));
        write(userDir, "hardware/mine.json", builtIn("hardware/h100-sxm.json"));
        hardware.toFile().setReadable(false, false);
        hardware.toFile().setExecutable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(hardware), "running as root");
            assertTrue(only(load()).message().contains("cannot read the preset folder"));
        } finally {
            hardware.toFile().setReadable(true, false);
            hardware.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aCharacterPastAsciiWhereJsonWantsAColonIsNamedWithoutJacksonsCodes() throws IOException {
        // the long fuzz run found this one: a flipped byte left a Chinese character after a field name
        write(extraDir, "hardware/mine.json", "{\"id\" 三 \"mine\"}");
        PresetProblem p = only(load());
        inOurWords(p);
        assertTrue(p.message().contains("'三'"), p.message());
        assertFalse(p.message().contains("0x"), p.message());
    }

    @Test
    void aVanishingSustainedFractionIsRefusedWithItsRange() throws IOException {
        // the fuzz run found it: 1e-30 of the bandwidth loaded and printed a 41-character speed
        ObjectNode chip = h100();
        chip.put("id", "slow-h100");
        ((ObjectNode) chip.withArray("memory").get(0)).put("sustainedFraction", 1e-30);
        write(extraDir, "hardware/slow-h100.json", pretty(chip));
        PresetProblem p = only(load());
        inOurWords(p);
        assertTrue(p.message().contains("from 0.001 to 1"), p.message());
        assertTrue(p.toString().contains("sustainedFraction"), p.toString());
    }
}
