package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;

/** Loaded numbers against the published figures of the shared reference (figures.json, models.csv). */
class PublishedFiguresTest {
    private static PresetCatalog catalog;
    private static JsonNode figures;
    private static Path referenceDir;

    @BeforeAll
    static void load(@TempDir Path emptyUserDir) throws IOException {
        catalog = new PresetLoader(emptyUserDir).read(Optional.empty());
        String dir = System.getProperty("memwall.reference.dir");
        if (dir != null && Files.isRegularFile(Path.of(dir, "figures.json"))) {
            referenceDir = Path.of(dir);
            figures = new ObjectMapper().readTree(referenceDir.resolve("figures.json").toFile());
        }
    }

    private static double figure(String item, String quantity) {
        assumeTrue(figures != null, "the shared reference folder is not available");
        for (JsonNode f : figures) {
            if (f.get("item").asText().equals(item) && f.get("quantity").asText().equals(quantity)) {
                return f.get("value").asDouble();
            }
        }
        throw new AssertionError("no figure " + item + " / " + quantity);
    }

    private static Hardware chip(String id) {
        return catalog.hardware(id).orElseThrow();
    }

    @Test
    void memoryWallGrowthRatesAreThePublishedOnes() {
        var trends = catalog.trends().orElseThrow();
        assertEquals(figure("peak server HW FLOPS growth", "scaling rate"), trends.compute().factorPerTwoYears());
        assertEquals(figure("DRAM bandwidth growth", "scaling rate"), trends.memoryBandwidth().factorPerTwoYears());
        assertEquals(figure("interconnect bandwidth growth", "scaling rate"), trends.interconnectBandwidth().factorPerTwoYears());
        // and they give the paper's round figures over its 20 years: ~60,000x, ~100x, ~30x
        assertEquals(20, trends.years());
        assertEquals(60_000, trends.compute().growthOver(20), 60_000 * 0.05);
        assertEquals(100, trends.memoryBandwidth().growthOver(20), 100 * 0.15);
        assertEquals(30, trends.interconnectBandwidth().growthOver(20), 30 * 0.05);
    }

    @Test
    void hbmBandwidthsAreTheDatasheetOnes() {
        assertEquals(figure("NVIDIA H100 SXM", "off-chip bandwidth") * 1e12, chip("h100-sxm").level(MemoryKind.OFF_CHIP_DRAM).orElseThrow().bandwidthBytesPerSecond(), 1);
        assertEquals(figure("NVIDIA H200 SXM", "off-chip bandwidth") * 1e12, chip("h200-sxm").level(MemoryKind.OFF_CHIP_DRAM).orElseThrow().bandwidthBytesPerSecond(), 1);
        assertEquals(figure("NVIDIA A100 SXM 80GB", "off-chip bandwidth") * 1e9, chip("a100-sxm-80gb").level(MemoryKind.OFF_CHIP_DRAM).orElseThrow().bandwidthBytesPerSecond(), 1);
        assertEquals(figure("NVIDIA V100 SXM2", "off-chip bandwidth") * 1e9, chip("v100-sxm2").level(MemoryKind.OFF_CHIP_DRAM).orElseThrow().bandwidthBytesPerSecond(), 1);
        assertEquals(figure("Google TPU v5e", "off-chip bandwidth") * 1e9, chip("tpu-v5e").level(MemoryKind.OFF_CHIP_DRAM).orElseThrow().bandwidthBytesPerSecond(), 1);
    }

    @Test
    void groqSramIsThePublished230MbAt80TbPerSecond() {
        var sram = chip("groq-lpu").level(MemoryKind.ON_CHIP_SRAM).orElseThrow();
        assertEquals(figure("Groq GroqChip1 / LPU v1", "on-chip SRAM") * 1e6, sram.capacityBytes(), 1);
        assertEquals(figure("Groq GroqChip1 / LPU v1", "on-chip SRAM bandwidth") * 1e12, sram.bandwidthBytesPerSecond(), 1);
        assertEquals(figure("Groq GroqChip1 / LPU v1", "die area"), chip("groq-lpu").dieAreaMm2());
        assertEquals(figure("Groq GroqChip1 / LPU v1", "power (TDP)"), chip("groq-lpu").powerWatts());
    }

    @Test
    void densePeaksAreTheDatasheetOnes() {
        assertEquals(figure("NVIDIA H100 SXM", "peak BF16/FP16 tensor (dense)") * 1e12, chip("h100-sxm").compute().peak(Precision.FP16).orElseThrow(), 1);
        assertEquals(figure("NVIDIA H100 SXM", "peak FP8 tensor (dense)") * 1e12, chip("h100-sxm").compute().peak(Precision.FP8).orElseThrow(), 1);
        assertEquals(figure("NVIDIA A100 SXM 80GB", "peak INT8 tensor (dense)") * 1e12, chip("a100-sxm-80gb").compute().peak(Precision.INT8).orElseThrow(), 1);
        assertEquals(figure("NVIDIA V100 SXM2", "peak FP16 tensor (dense)") * 1e12, chip("v100-sxm2").compute().peak(Precision.FP16).orElseThrow(), 1);
        assertEquals(figure("Google TPU v5e", "peak INT8") * 1e12, chip("tpu-v5e").compute().peak(Precision.INT8).orElseThrow(), 1);
        assertEquals(figure("Groq GroqChip1 / LPU v1", "peak INT8") * 1e12, chip("groq-lpu").compute().peak(Precision.INT8).orElseThrow(), 1);
    }

    @Test
    void cerebrasPeakIsDenseNotTheSparseVendorFigure() {
        double vendorSparse = figure("Cerebras WSE-3", "peak AI compute") * 1e15;
        double dense = chip("cerebras-wse-3").compute().peak(Precision.FP16).orElseThrow();
        assertTrue(dense < vendorSparse / 4, "dense " + dense + " vs vendor " + vendorSparse);
        assertEquals(figure("Cerebras WSE-3", "on-chip SRAM") * 1e9, chip("cerebras-wse-3").level(MemoryKind.ON_CHIP_SRAM).orElseThrow().capacityBytes(), 1);
    }

    @Test
    void gptFastReachesTheAchievablePeakItsReadmeStatesOnItsPowerCappedA100s() {
        // about 1700 GB/s achievable on the 330 W A100s, of the chip's sustained 2039 GB/s x 0.92 = 1875.9 GB/s
        double sustained = chip("a100-sxm-80gb").level(MemoryKind.OFF_CHIP_DRAM).orElseThrow().sustainedBandwidthBytesPerSecond();
        double fraction = catalog.stack("gpt-fast").orElseThrow().efficiency().memoryBandwidthFraction();
        assertEquals(1700e9, sustained * fraction, 1e9);
    }

    @Test
    void modelShapesAreTheOnesOfModelsCsv() throws IOException {
        assumeTrue(referenceDir != null, "the shared reference folder is not available");
        var rows = Files.readAllLines(referenceDir.resolve("models.csv"));
        assertEquals(catalog.models().size(), rows.size() - 1);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            TransformerModel m = catalog.model(c[0]).orElseThrow();
            assertEquals(Integer.parseInt(c[2]), m.layers(), c[0]);
            assertEquals(Integer.parseInt(c[3]), m.hiddenSize(), c[0]);
            assertEquals(Integer.parseInt(c[5]), m.kvHeads(), c[0]);
            assertEquals(Integer.parseInt(c[7]), m.ffnSize(), c[0]);
            assertEquals(Integer.parseInt(c[9]), m.vocabSize(), c[0]);
            assertEquals(Double.parseDouble(c[13]) * 1e9, m.publishedParameters(), 1e3, c[0]);
        }
    }

    @Test
    void derivedParameterCountsMatchThePublishedOnes() {
        for (TransformerModel m : catalog.models()) {
            double gap = Math.abs(m.totalParameters() / m.publishedParameters() - 1);
            assertTrue(gap <= 0.03, m.id() + " is " + gap * 100 + "% away");
        }
        // Llama-2-7B per layer: QKV 4096 x (32 + 2 x 32) x 128 = 50,331,648; output 32 x 128 x 4096 = 16,777,216;
        // SwiGLU 3 x 4096 x 11008 = 135,266,304; norms 2 x 4096 = 8,192 -> 202,383,360.
        // 32 layers = 6,476,267,520; embedding + LM head 2 x 32000 x 4096 = 262,144,000; final norm 4,096
        // -> 6,738,415,616, the count Hugging Face reports for meta-llama/Llama-2-7b-hf.
        assertEquals(6_738_415_616.0, catalog.model("llama-2-7b").orElseThrow().totalParameters());
    }
}
