package org.memwall.core.energy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.memwall.core.model.Checks;
import org.memwall.core.model.Precision;

/**
 * What the chips do in one phase (a prefill pass, or one decode interval), summed over every chip:
 * the counts their power is made of.
 *
 * @param seconds         the phase's wall time at full clock
 * @param waitSeconds     the part of it the chips wait for the host (scheduling, launches from an
 *                        eager framework): a lower clock does not stretch it
 * @param busyChipSeconds chip-seconds the compute units run kernels (clocked power is drawn for these)
 * @param matrixOps       operations the matrix units (or CIM array passes) perform, by format
 * @param vectorOps       operations of the vector units (norms, softmax, conversions, and matrix
 *                        work a chip runs off its matrix units)
 * @param converterOps    operations that pass through a CIM array's converters (ADC/DAC)
 * @param bytesByLevel    bytes each memory level moves
 * @param linkBytes       bytes sent over chip-to-chip links
 */
public record PhaseActivity(
        double seconds,
        double waitSeconds,
        double busyChipSeconds,
        Map<Precision, Double> matrixOps,
        double vectorOps,
        double converterOps,
        Map<String, Double> bytesByLevel,
        double linkBytes) {

    public PhaseActivity {
        Checks.nonNegative("seconds", seconds);
        Checks.nonNegative("waitSeconds", waitSeconds);
        if (waitSeconds > seconds * (1 + 1e-12)) {
            throw new IllegalArgumentException("waitSeconds (" + waitSeconds + ") cannot exceed seconds (" + seconds + ")");
        }
        Checks.nonNegative("busyChipSeconds", busyChipSeconds);
        Checks.nonNegative("vectorOps", vectorOps);
        Checks.nonNegative("converterOps", converterOps);
        Checks.nonNegative("linkBytes", linkBytes);
        matrixOps.forEach((p, v) -> Checks.nonNegative("matrixOps", p.id(), v));
        bytesByLevel.forEach((l, v) -> Checks.nonNegative("bytesByLevel", l, v));
        matrixOps = Collections.unmodifiableMap(matrixOps.isEmpty() ? new EnumMap<>(Precision.class) : new EnumMap<>(matrixOps));
        bytesByLevel = Collections.unmodifiableMap(new LinkedHashMap<>(bytesByLevel));
    }

    /** The same work done {@code times} over in the same wall time (streams in flight through a pipeline). */
    public PhaseActivity times(double times, double newSeconds, double newWaitSeconds) {
        Map<Precision, Double> m = new EnumMap<>(Precision.class);
        matrixOps.forEach((p, v) -> m.put(p, v * times));
        Map<String, Double> b = new LinkedHashMap<>();
        bytesByLevel.forEach((l, v) -> b.put(l, v * times));
        return new PhaseActivity(newSeconds, newWaitSeconds, busyChipSeconds * times, m, vectorOps * times,
                converterOps * times, b, linkBytes * times);
    }
}
