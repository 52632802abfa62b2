package org.memwall.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.Precision;
import org.memwall.ui.model.ExplorerSettings;
import picocli.CommandLine.Option;

/**
 * The window's settings as {@code screenshot} options, each changing what the default scenario
 * (or the one given with {@code --scenario}) sets, so any state of the window can be scripted. An
 * impossible value is refused in one line naming the option.
 */
final class ScreenshotSettings {
    @Option(names = "--hardware", paramLabel = "ID", description = "Main chip (default: the default scenario's).")
    String hardware;

    @Option(names = "--model", paramLabel = "ID", description = "Model (default: the default scenario's).")
    String model;

    @Option(names = "--compare", paramLabel = "ID", split = ",", description = "Chips to show beside the main one, "
            + "up to two (repeat or comma-separate). 'none' shows the main chip alone.")
    List<String> compare = new ArrayList<>();

    @Option(names = "--precision", paramLabel = "FORMAT", description = "Weights' format: fp16, fp8, int8 or int4.")
    String precision;

    @Option(names = "--batch", paramLabel = "B", description = "Sequences decoded together.")
    Integer batch;

    @Option(names = "--context", paramLabel = "TOKENS", description = "Prompt plus generated tokens (the window's context slider).")
    Integer context;

    @Option(names = "--prompt", paramLabel = "P", description = "Prompt tokens (with --output instead of --context).")
    Integer prompt;

    @Option(names = "--output", paramLabel = "G", description = "Generated tokens.")
    Integer output;

    @Option(names = "--node", paramLabel = "NM", description = "Move the main chip to this process node, in nm.")
    Double node;

    @Option(names = "--hbm-bandwidth", paramLabel = "TBPS", description = "The main chip's HBM bandwidth, TB/s.")
    Double hbm;

    @Option(names = "--sram-bandwidth", paramLabel = "TBPS", description = "The main chip's SRAM bandwidth, TB/s.")
    Double sram;

    @Option(names = "--chips", paramLabel = "N", description = "Chips for the main chip, or 'auto'.")
    String chips;

    @Option(names = "--stack", paramLabel = "ID", description = "Serving software of the main chip (see 'presets').")
    String stack;

    /** The settings with every option given applied; IllegalArgumentException names the first one that is wrong. */
    ExplorerSettings applyTo(ExplorerSettings s, ExplorerFactory factory) {
        if (hardware != null) {
            requireHardware(factory, hardware, "--hardware");
            s = s.withHardware(hardware);
        }
        if (model != null) {
            if (factory.catalog().model(model).isEmpty()) {
                throw new IllegalArgumentException("--model: no model preset '" + model + "'; known: "
                        + String.join(", ", factory.catalog().models().stream().map(m -> m.id()).toList()));
            }
            s = s.withModel(model);
        }
        if (!compare.isEmpty()) {
            List<String> ids = compare.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
            ids = ids.equals(List.of("none")) ? List.of() : ids;
            if (ids.size() > ExplorerSettings.MAX_COMPARED) {
                throw new IllegalArgumentException("--compare takes at most " + ExplorerSettings.MAX_COMPARED + " chips, got " + ids.size());
            }
            ids.forEach(id -> requireHardware(factory, id, "--compare"));
            s = s.withCompareIds(ids);
        }
        if (precision != null) {
            s = s.withPrecision(precision(precision));
        }
        if (batch != null) {
            s = s.withBatch(atLeast("--batch", batch, 1, 1 << 20));
        }
        s = lengths(s);
        if (node != null) {
            double smallest = factory.catalog().nodes().smallestNm();
            double largest = factory.catalog().nodes().largestNm();
            if (!(node >= smallest && node <= largest)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "--node must be within the node table, %.0f to %.0f nm, got %s", smallest, largest, node));
            }
            s = s.withProcessNode(OptionalDouble.of(node));
        }
        if (hbm != null) {
            s = s.withHbmBandwidth(OptionalDouble.of(terabytes("--hbm-bandwidth", hbm)));
        }
        if (sram != null) {
            s = s.withSramBandwidth(OptionalDouble.of(terabytes("--sram-bandwidth", sram)));
        }
        if (chips != null) {
            s = s.withChips("auto".equalsIgnoreCase(chips.strip()) ? 0 : atLeast("--chips", number("--chips", chips), 1, 1 << 20));
        }
        if (stack != null) {
            if (factory.catalog().stack(stack).isEmpty()) {
                throw new IllegalArgumentException("--stack: no serving-stack preset '" + stack + "'; known: "
                        + String.join(", ", factory.catalog().stacks().stream().map(x -> x.id()).toList()));
            }
            s = s.withStack(Optional.of(stack));
        }
        return s;
    }

    /** --context (the window's slider) or --prompt, with --output: the lengths the window runs exactly. */
    private ExplorerSettings lengths(ExplorerSettings s) {
        if (context != null && prompt != null) {
            throw new IllegalArgumentException("give --context or --prompt, not both (--context is prompt plus output)");
        }
        int out = output != null ? atLeast("--output", output, 1, 1 << 24) : s.generatedTokens();
        if (prompt != null) {
            int p = atLeast("--prompt", prompt, 1, 1 << 24);
            return s.withContext(p + out).withOutput(out);
        }
        if (context != null) {
            int c = atLeast("--context", context, 2, 1 << 24);
            if (out >= c) {
                throw new IllegalArgumentException("--output (" + out + ") must be less than --context (" + c + ")");
            }
            return s.withContext(c).withOutput(out);
        }
        if (output != null) {
            if (out >= s.contextTokens()) {
                throw new IllegalArgumentException("--output (" + out + ") must be less than the context (" + s.contextTokens()
                        + " tokens); give --context or --prompt too");
            }
            return s.withOutput(out);
        }
        return s;
    }

    private static Precision precision(String id) {
        try {
            return Precision.parse(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--precision must be fp16, fp8, int8 or int4, got '" + id + "'");
        }
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number or 'auto', got '" + text + "'");
        }
    }

    private static int atLeast(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** TB/s to bytes per second; finite and positive, at most a thousand TB/s. */
    private static double terabytes(String option, double tbps) {
        if (!(tbps > 0 && tbps <= 1000)) {
            throw new IllegalArgumentException(option + " must be more than 0 and at most 1000 TB/s, got " + tbps);
        }
        return tbps * 1e12;
    }

    static void requireHardware(ExplorerFactory factory, String id, String option) {
        if (factory.catalog().hardware(id).isEmpty()) {
            throw new IllegalArgumentException(option + ": no hardware preset '" + id + "'; known: "
                    + String.join(", ", factory.catalog().hardware().stream().map(h -> h.id()).toList()));
        }
    }
}
