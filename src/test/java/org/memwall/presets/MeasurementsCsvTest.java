package org.memwall.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;

class MeasurementsCsvTest {
    private static final String HEADER = String.join(",", MeasurementsCsv.SHORT_HEADER);

    @Test
    void theBuiltInMeasurementsLoad() {
        List<Measurement> all = MeasurementsCsv.loadBuiltIn();
        assertEquals(61, all.size());
        assertEquals(List.of("cal-1", "cal-2", "cal-3", "cal-4", "cal-5"), all.stream().limit(5).map(Measurement::id).toList());
        Measurement first = all.get(0);
        assertEquals("a100-sxm-80gb", first.hardwareId());
        assertEquals("llama-2-7b", first.modelId());
        assertEquals(Precision.FP16, first.precision());
        assertEquals(104.9, first.value());
        assertEquals(Metric.DECODE_TOKENS_PER_SECOND_PER_USER, first.metric());
        assertTrue(first.conditions().contains("power-limited to 330 W"), "a quoted cell keeps its commas");
        Measurement groq = all.get(3);
        assertEquals(576, groq.chips());
        assertEquals(Precision.INT8, groq.precision());
    }

    @Test
    void theProjectCopyEqualsTheSharedReference() throws IOException {
        String dir = System.getProperty("memwall.reference.dir");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "measurements.csv")));
        assertEquals(MeasurementsCsv.load(Path.of(dir, "measurements.csv")), MeasurementsCsv.loadBuiltIn());
    }

    @Test
    void aBadRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, HEADER + "\n"
                + "ok-1,h100-sxm,llama-2-7b,1,1,128,1,fp8,ttft_seconds,0.007,s,\"a, b\",src\n"
                + "bad-1,h100-sxm,llama-2-7b,one,1,128,1,fp8,ttft_seconds,0.007,s,x,src\n");
        PresetFormatException e = assertThrows(PresetFormatException.class, () -> MeasurementsCsv.load(file));
        assertEquals(file.toString(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("chips: must be a positive whole number up to 10000000, got 'one'"), e.getMessage());
    }

    @Test
    void aMultiLineQuotedCellKeepsLaterLineNumbersRight(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, HEADER + "\n"
                + "ok-1,h100-sxm,llama-2-7b,1,1,128,1,fp8,ttft_seconds,0.007,s,\"first line\nsecond line\",src\n"
                + "bad-2,h100-sxm,llama-2-7b,1,1,128,1,fp12,ttft_seconds,0.007,s,x,src\n");
        PresetFormatException e = assertThrows(PresetFormatException.class, () -> MeasurementsCsv.load(file));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("fp12"), e.getMessage());
    }

    @Test
    void aWrongHeaderIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "id,hw\nx,y\n");
        PresetFormatException e = assertThrows(PresetFormatException.class, () -> MeasurementsCsv.load(file));
        assertEquals(1, e.line());
    }

    @Test
    void anUnknownMetricIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, HEADER + "\nx,h100-sxm,llama-2-7b,1,1,128,1,fp8,joules_per_token,0.5,J,x,src\n");
        PresetFormatException e = assertThrows(PresetFormatException.class, () -> MeasurementsCsv.load(file));
        assertTrue(e.getMessage().contains("joules_per_token"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNotTakenForPartOfTheHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "\uFEFF" + HEADER + "\n"
                + "ok-1,h100-sxm,llama-2-7b,1,1,128,1,fp8,ttft_seconds,0.007,s,x,src\n");
        assertEquals(1, MeasurementsCsv.load(file).size());
    }

    @Test
    void aMeasuredValueTooSmallToDivideByIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, HEADER + "\n"
                + "tiny-1,h100-sxm,llama-2-7b,1,1,128,1,fp8,ttft_seconds,1e-320,s,x,src\n");
        PresetFormatException e = assertThrows(PresetFormatException.class, () -> MeasurementsCsv.load(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("value: must be a positive number from 1e-9 to 1e15, got '1e-320'"), e.getMessage());
    }
}
