package org.memwall.ui.map;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.Units;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.Setting;

/**
 * A numeric setting a map can put on an axis, over the range of its slider: continuous settings
 * get {@code cells} values spread evenly on the slider's scale, whole-number ones the powers of two
 * their slider stops at.
 */
public enum MapAxis {
    HBM_BANDWIDTH(Setting.HBM_BANDWIDTH, false, false),
    SRAM_BANDWIDTH(Setting.SRAM_BANDWIDTH, true, false),
    PROCESS_NODE(Setting.PROCESS_NODE, true, false),
    BATCH(Setting.BATCH, true, true),
    CHIPS(Setting.CHIPS, true, true),
    CONTEXT(Setting.CONTEXT, true, true),
    STREAMS(Setting.STREAMS, true, true);

    /** 1 TB/s. */
    static final double TB = 1e12;
    /** The most concurrent streams a map shows. */
    static final int MAX_STREAMS = 64;

    private final Setting setting;
    private final boolean logarithmic;
    private final boolean powersOfTwo;

    MapAxis(Setting setting, boolean logarithmic, boolean powersOfTwo) {
        this.setting = setting;
        this.logarithmic = logarithmic;
        this.powersOfTwo = powersOfTwo;
    }

    public Setting setting() {
        return setting;
    }

    public boolean logarithmic() {
        return logarithmic;
    }

    /** Key of the axis name in the messages. */
    public String key() {
        return "axis." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this setting means anything for a chip (HBM bandwidth needs HBM, SRAM bandwidth an SRAM level). */
    public boolean appliesTo(Hardware chip) {
        return switch (this) {
            case HBM_BANDWIDTH -> chip.level(MemoryKind.OFF_CHIP_DRAM).isPresent();
            case SRAM_BANDWIDTH -> chip.level(MemoryKind.ON_CHIP_SRAM).isPresent();
            default -> true;
        };
    }

    /** The slider's range for this chip and model, in the axis's own unit (bytes/s, nm, tokens, chips). */
    public double[] range(ProcessNodeTable nodes, int maxChips) {
        return switch (this) {
            case HBM_BANDWIDTH -> new double[] {0.5 * TB, 10 * TB};
            case SRAM_BANDWIDTH -> new double[] {1 * TB, 200 * TB};
            case PROCESS_NODE -> new double[] {nodes.smallestNm(), nodes.largestNm()};
            case BATCH -> new double[] {1, 256};
            case CHIPS -> new double[] {1, Math.max(1, Math.min(1024, maxChips))};
            case CONTEXT -> new double[] {128, 32768};
            case STREAMS -> new double[] {1, MAX_STREAMS};
        };
    }

    /** The values of the map's columns (or rows), smallest first. */
    public double[] values(int cells, ProcessNodeTable nodes, int maxChips) {
        double[] r = range(nodes, maxChips);
        if (powersOfTwo) {
            int from = exponent(r[0]);
            int to = Math.max(from, (int) Math.floor(Math.log(r[1]) / Math.log(2) + 1e-9));
            double[] out = new double[to - from + 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.pow(2, from + i);
            }
            return out;
        }
        double[] out = new double[cells];
        for (int i = 0; i < cells; i++) {
            out[i] = at(r, cells == 1 ? 0 : i / (double) (cells - 1));
        }
        return out;
    }

    private static int exponent(double v) {
        return (int) Math.ceil(Math.log(v) / Math.log(2) - 1e-9);
    }

    /** The value a fraction of the way along the range, on this axis's scale. */
    double at(double[] range, double fraction) {
        if (fraction <= 0) {
            return range[0];
        }
        if (fraction >= 1) {
            return range[1];
        }
        double v = logarithmic
                ? Math.exp(Math.log(range[0]) + fraction * (Math.log(range[1]) - Math.log(range[0])))
                : range[0] + fraction * (range[1] - range[0]);
        // rounding must not step outside the slider's range (the node table refuses 5.000000000000001 nm)
        return Math.max(range[0], Math.min(range[1], v));
    }

    /** How far along the range a value lies, on this axis's scale (outside 0-1 when off the range). */
    double fraction(double[] range, double value) {
        if (range[1] == range[0]) {
            return 0.5;
        }
        if (logarithmic) {
            return (Math.log(value) - Math.log(range[0])) / (Math.log(range[1]) - Math.log(range[0]));
        }
        return (value - range[0]) / (range[1] - range[0]);
    }

    /** The settings with this one moved to {@code value}. */
    public ExplorerSettings apply(ExplorerSettings s, double value) {
        return switch (this) {
            case HBM_BANDWIDTH -> s.withHbmBandwidth(OptionalDouble.of(value));
            case SRAM_BANDWIDTH -> s.withSramBandwidth(OptionalDouble.of(value));
            case PROCESS_NODE -> s.withProcessNode(OptionalDouble.of(value));
            case BATCH -> s.withBatch((int) Math.round(value));
            case CHIPS -> s.withChips((int) Math.round(value));
            case CONTEXT -> s.withContext((int) Math.round(value));
            case STREAMS -> s.withConcurrentStreams((int) Math.round(value));
        };
    }

    /** The memory level whose peak bandwidth this axis sets, if it is a bandwidth axis. */
    public Optional<MemoryKind> bandwidthLevel() {
        return switch (this) {
            case HBM_BANDWIDTH -> Optional.of(MemoryKind.OFF_CHIP_DRAM);
            case SRAM_BANDWIDTH -> Optional.of(MemoryKind.ON_CHIP_SRAM);
            default -> Optional.empty();
        };
    }

    /** Where the current settings sit on this axis: what the main chip really ran with. */
    public double current(ExplorerSettings s, Result main) {
        Hardware chip = main.hardware();
        return switch (this) {
            case HBM_BANDWIDTH -> level(chip, MemoryKind.OFF_CHIP_DRAM);
            case SRAM_BANDWIDTH -> level(chip, MemoryKind.ON_CHIP_SRAM);
            case PROCESS_NODE -> chip.processNodeNm();
            case BATCH -> s.batch();
            case CHIPS -> main.chips();
            case CONTEXT -> s.contextTokens();
            case STREAMS -> s.concurrentStreams();
        };
    }

    private static double level(Hardware chip, MemoryKind kind) {
        return chip.level(kind).map(MemoryLevel::bandwidthBytesPerSecond).orElse(Double.NaN);
    }

    /** A value as a tick label: "3.35 TB/s", "7 nm", "256". */
    public String format(double v) {
        return switch (this) {
            case HBM_BANDWIDTH, SRAM_BANDWIDTH -> trimmed(Units.bytesPerSecond(v));
            case PROCESS_NODE -> trimmed(Units.number(v)) + " nm";
            case CONTEXT -> Units.tokens((int) Math.round(v));
            default -> Integer.toString((int) Math.round(v));
        };
    }

    /** "2.00 TB/s" as "2 TB/s", "5.50 nm" as "5.5 nm": tick labels without trailing zeros. */
    static String trimmed(String text) {
        return text.replaceAll("(\\d)\\.(\\d*?)0+(?=\\D|$)", "$1.$2").replaceAll("\\.(?=\\D|$)", "");
    }

    /** The axes a chip can have, in order. */
    public static MapAxis[] forChip(Hardware chip) {
        return Arrays.stream(values()).filter(a -> a.appliesTo(chip)).toArray(MapAxis[]::new);
    }
}
