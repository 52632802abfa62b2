package org.memwall.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.memwall.core.model.MemoryKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What a sweep varies, with the name it has on the command line and in a table heading. */
public enum SweepParameter {
    BATCH("batch", "batch", true),
    CHIPS("chips", "chips", true),
    PROMPT("prompt", "prompt tokens", true),
    OUTPUT("output", "output tokens", true),
    NODE("node", "node (nm)", false),
    HBM_BANDWIDTH("hbm-bandwidth", "HBM (TB/s)", false),
    SRAM_BANDWIDTH("sram-bandwidth", "SRAM (TB/s)", false);

    private final String id;
    private final String heading;
    private final boolean wholeNumbers;

    SweepParameter(String id, String heading, boolean wholeNumbers) {
        this.id = id;
        this.heading = heading;
        this.wholeNumbers = wholeNumbers;
    }

    public String id() {
        return id;
    }

    public String heading() {
        return heading;
    }

    /** The swept value's CSV column; prefixed so sweeping chips does not clash with the chips column. */
    public String csvName() {
        return "sweep_" + id.replace('-', '_');
    }

    /** The settings with this parameter set to {@code value}; whole-number parameters refuse fractions. */
    public ScenarioSettings apply(ScenarioSettings s, double value) {
        if (wholeNumbers && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
            throw new CliProblem("--param " + id + " takes whole numbers up to " + Integer.MAX_VALUE + ", got " + Units.plain(value));
        }
        if (!Double.isFinite(value)) {
            throw new CliProblem("--param " + id + " takes finite numbers, got " + Units.plain(value));
        }
        int n = (int) value;
        return switch (this) {
            case BATCH -> s.withBatch(n);
            case CHIPS -> {
                if (n < 1) {
                    throw new CliProblem("--param chips needs values of at least 1, got " + n);
                }
                yield s.withChips(n);
            }
            case PROMPT -> s.withPrompt(n);
            case OUTPUT -> s.withOutput(n);
            case NODE -> s.withNode(value);
            case HBM_BANDWIDTH -> s.withHbm(value);
            case SRAM_BANDWIDTH -> s.withSram(value);
        };
    }

    /** The memory level whose peak bandwidth this parameter sets, if it is a bandwidth. */
    public Optional<MemoryKind> bandwidthLevel() {
        return switch (this) {
            case HBM_BANDWIDTH -> Optional.of(MemoryKind.OFF_CHIP_DRAM);
            case SRAM_BANDWIDTH -> Optional.of(MemoryKind.ON_CHIP_SRAM);
            default -> Optional.empty();
        };
    }

    public static class Converter implements ITypeConverter<SweepParameter> {
        @Override
        public SweepParameter convert(String text) {
            return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(text.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown parameter '" + text + "' (expected "
                            + Arrays.stream(values()).map(SweepParameter::id).collect(Collectors.joining(", ")) + ")"));
        }
    }
}
