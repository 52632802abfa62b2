package org.memwall.presets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a number in a preset may physically be, read from the unit its field name carries
 * ({@code capacityBytes}, {@code latencySeconds}, {@code powerWatts}) or, for counts, from the
 * field itself. A value outside is a typo or a hostile file, not a chip: 1 byte of HBM, 1e308 B/s
 * or 1e-320 J would each give figures no number holds. The ranges are wide (a thousand times past
 * anything shipped, either way) so every real or imagined chip still loads.
 */
record PhysicalRange(String suffix, double min, double max, String unit) {

    /** Matched against the field name's end, in this order (longer endings first). */
    static final List<PhysicalRange> BY_UNIT = List.of(
            new PhysicalRange("BytesPerSecond", 1e6, 1e18, "B/s"),
            new PhysicalRange("OpsPerSecond", 1e6, 1e21, "ops/s"),
            new PhysicalRange("SecondsPerOperator", 0, 1, "s"),
            new PhysicalRange("Seconds", 0, 60, "s"),
            new PhysicalRange("Joules", 0, 1e-3, "J"),
            new PhysicalRange("Bytes", 1e3, 1e15, "bytes"),
            new PhysicalRange("Hz", 1e6, 1e11, "Hz"),
            new PhysicalRange("Watts", 1e-3, 1e7, "W"),
            new PhysicalRange("Usd", 0.01, 1e10, "USD"),
            new PhysicalRange("PerMm2", 1e-3, 1e5, "per mm²"),
            new PhysicalRange("Mm2", 0.01, 1e5, "mm²"),
            new PhysicalRange("Um2", 1e-4, 100, "µm²"),
            new PhysicalRange("Nm", 1, 1000, "nm"),
            new PhysicalRange("ParametersBillion", 1e-6, 1e5, "billion parameters"),
            new PhysicalRange("Per2Years", 0.1, 100, "x per two years"),
            new PhysicalRange("PerWeight", 0, 1e3, "ops per weight"),
            new PhysicalRange("Year", 1900, 2200, ""),
            new PhysicalRange("Tokens", 1, 1e9, "tokens"));

    /** Counts and factors without a unit in their name. */
    static final List<PhysicalRange> BY_NAME = List.of(
            new PhysicalRange("nm", 1, 1000, "nm"),
            new PhysicalRange("layers", 1, 1e4, ""),
            new PhysicalRange("hiddenSize", 1, 1e6, ""),
            new PhysicalRange("ffnSize", 1, 1e7, ""),
            new PhysicalRange("headDim", 1, 1e5, ""),
            new PhysicalRange("attentionHeads", 1, 1e5, ""),
            new PhysicalRange("kvHeads", 1, 1e5, ""),
            new PhysicalRange("vocabSize", 1, 1e8, ""),
            new PhysicalRange("experts", 1, 1e5, ""),
            new PhysicalRange("expertsPerToken", 1, 1e5, ""),
            new PhysicalRange("unitCount", 1, 1e9, ""),
            new PhysicalRange("unitRows", 1, 1e6, ""),
            new PhysicalRange("unitColumns", 1, 1e6, ""),
            new PhysicalRange("maxTensorParallel", 1, 1e6, ""),
            new PhysicalRange("bitsPerCell", 1, 16, ""),
            new PhysicalRange("maxNativeWeightBits", 1, 64, ""),
            new PhysicalRange("batch", 1, 1e6, ""),
            new PhysicalRange("chips", 1, 1e7, ""),
            new PhysicalRange("claim", 1, 7, ""),
            new PhysicalRange("relativeEnergyPerOp", 1e-3, 1e3, ""),
            new PhysicalRange("relativeClock", 1e-3, 1e3, ""));

    /** Anything else: at least nothing that overflows or underflows once multiplied by a few others. */
    static final PhysicalRange ANY = new PhysicalRange("", 1e-30, 1e30, "");

    private static final Set<String> MAP_KEYS = Set.of("fp16", "fp8", "int8", "int4");

    /** The range for the number at {@code path} ({@code memory[1].capacityBytes}, {@code compute.peakOpsPerSecond.fp16}). */
    static PhysicalRange of(String path) {
        String name = lastSegment(path);
        if (MAP_KEYS.contains(name)) {
            name = lastSegment(LocatedJson.parentOf(path));
        }
        for (PhysicalRange r : BY_NAME) {
            if (r.suffix.equals(name)) {
                return r;
            }
        }
        for (PhysicalRange r : BY_UNIT) {
            if (name.endsWith(r.suffix)) {
                return r;
            }
        }
        return ANY;
    }

    /** Why {@code value} is out of range, or empty. Zero is left to the field's own rule (positive or not). */
    Optional<String> problem(double value) {
        if (value == 0 && min == 0 || value >= min && value <= max) {
            return Optional.empty();
        }
        if (this == ANY && value == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "must be %s, got %s", describe(), number(value)));
    }

    String describe() {
        String range = (min == 0 ? "from 0" : "from " + number(min)) + " to " + number(max);
        return range + (unit.isEmpty() ? "" : " " + unit) + (this == ANY ? " in size" : "");
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        return s.contains("e") ? s.replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e+", "e").replace("e-0", "e-") : s;
    }

    private static String lastSegment(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
        return path.substring(cut + 1);
    }
}
