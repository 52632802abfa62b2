package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.TransformerModel;

class ShippedPresetsTest {
    @TempDir
    Path emptyUserDir;

    private PresetCatalog builtIns() {
        return new PresetLoader(emptyUserDir).read(Optional.empty());
    }

    @Test
    void everyShippedPresetLoadsWithoutProblems() {
        PresetCatalog catalog = builtIns();
        assertEquals(List.of(), catalog.problems(), () -> catalog.problems().stream().map(PresetProblem::toString).collect(Collectors.joining("\n")));
        assertEquals(List.of(), catalog.notices());
        assertEquals(List.of("v100-sxm2", "a100-sxm-80gb", "h100-sxm", "h200-sxm", "tpu-v5e", "groq-lpu", "cerebras-wse-3", "sram-cim", "reram-cim"),
                catalog.hardware().stream().map(Hardware::id).toList());
        assertEquals(Set.of("llama-2-7b", "llama-2-13b", "llama-2-70b", "llama-3-8b", "llama-3-70b", "mixtral-8x7b", "gpt-3-175b"),
                catalog.models().stream().map(TransformerModel::id).collect(Collectors.toSet()));
        assertEquals(Set.of("default", "memory-wall", "von-neumann-path", "hbm-near-memory", "capacity-critique", "cim-four-generations", "compute-unit-shapes"),
                catalog.scenarios().stream().map(ScenarioPreset::id).collect(Collectors.toSet()));
        assertEquals(List.of(2.0, 3.0, 4.0, 5.0, 7.0, 10.0, 12.0, 14.0, 16.0, 22.0, 28.0),
                catalog.nodes().entries().stream().map(e -> e.nm()).toList());
    }

    @Test
    void theDefaultScenarioComparesH100WithGroqOnLlama2_70b() {
        ScenarioPreset s = builtIns().scenario(ScenarioPreset.DEFAULT_ID).orElseThrow();
        assertEquals("h100-sxm", s.hardwareId());
        assertEquals(List.of("groq-lpu"), s.compareWith());
        assertEquals("llama-2-70b", s.modelId());
    }

    @Test
    void everyDesignClaimHasAScenario() {
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7), builtIns().scenarios().stream().map(s -> s.claim().getAsInt()).collect(Collectors.toSet()));
    }

    @Test
    void everyShippedScenarioHasChineseTextsWithOneHintPerEnglishHint() {
        for (ScenarioPreset s : builtIns().scenarios()) {
            ScenarioPreset.Texts zh = s.chinese().orElseThrow(() -> new AssertionError(s.id() + " has no \"zh\" texts"));
            assertEquals(s.lookAt().size(), zh.lookAt().size(), s.id());
            assertTrue(Stream.of(zh.title(), zh.narrative()).allMatch(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)),
                    s.id() + ": the Chinese texts are in Chinese");
        }
    }

    @Test
    void theIndexListsExactlyTheFilesOfThePresetsFolder() throws IOException {
        Path folder = Path.of("presets");
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(PresetLoader.INDEX))
                    .sorted().toList();
        }
        assertEquals(onDisk, PresetLoader.builtInIndex().stream().sorted().toList());
    }

    @Test
    void chipFamiliesHaveTheMemoryTheirStoryNeeds() {
        PresetCatalog catalog = builtIns();
        for (Hardware h : catalog.hardware()) {
            MemoryKind weights = switch (h.family()) {
                case VON_NEUMANN_HBM -> MemoryKind.OFF_CHIP_DRAM;
                case SRAM_DATAFLOW -> MemoryKind.ON_CHIP_SRAM;
                case COMPUTE_IN_MEMORY -> MemoryKind.CIM_ARRAY;
            };
            assertTrue(h.level(weights).isPresent(), h.id());
            for (int i = 1; i < h.memory().size(); i++) {
                assertTrue(h.memory().get(i - 1).bandwidthBytesPerSecond() >= h.memory().get(i).bandwidthBytesPerSecond(),
                        h.id() + ": memory levels must be ordered fastest first");
            }
        }
        // DESIGN.md point 7: ReRAM is denser than SRAM, so the ReRAM-CIM chip holds more weights.
        Hardware reram = catalog.hardware("reram-cim").orElseThrow();
        Hardware sram = catalog.hardware("sram-cim").orElseThrow();
        assertTrue(reram.level(MemoryKind.CIM_ARRAY).orElseThrow().capacityBytes()
                > 2 * sram.level(MemoryKind.CIM_ARRAY).orElseThrow().capacityBytes());
        assertEquals(ArchitectureFamily.COMPUTE_IN_MEMORY, reram.family());
    }
}
