package org.memwall.cli;

import java.util.Locale;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Simulator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Physical limits the command line applies before anything reaches the core: numbers are finite,
 * bandwidths lie between what a slow link and a whole wafer move, and a model is split over no
 * more chips than it has layers times the widest tensor split the chip's links allow.
 */
public final class InputRules {
    /** Bandwidth options, TB/s: from 1 GB/s (a slow link) to 1,000,000 TB/s (fifty wafer-scale chips' SRAM). */
    public static final double MIN_TB_PER_SECOND = 1e-3;
    public static final double MAX_TB_PER_SECOND = 1e6;
    /** Longest piece of a user's text quoted back in a message. */
    static final int QUOTE_LIMIT = 60;

    private InputRules() {
    }

    /**
     * The most chips {@code model} can be split over on {@code chip}, as the core splits it: each
     * of its layers its own stage, over the largest tensor-parallel group the chip's links allow
     * that divides the model's heads (and a mixture of experts' experts over as many groups).
     */
    public static long mostChips(Hardware chip, TransformerModel model) {
        return Simulator.maxChips(chip, model);
    }

    /** The sentence saying how {@link #mostChips} comes about. */
    public static String mostChipsReason(Hardware chip, TransformerModel model) {
        long most = mostChips(chip, model);
        return String.format(Locale.ROOT, "%s can be split over at most %,d %s chips (%s)",
                model.id(), most, chip.id(), Simulator.maxChipsReason(chip, model));
    }

    static void bandwidth(String option, double tbPerSecond) {
        if (!(tbPerSecond >= MIN_TB_PER_SECOND && tbPerSecond <= MAX_TB_PER_SECOND)) {
            throw new CliProblem(String.format(Locale.ROOT, "%s must be between %s and %,.0f TB/s, got %s", option,
                    Units.plain(MIN_TB_PER_SECOND), MAX_TB_PER_SECOND, Units.plain(tbPerSecond)));
        }
    }

    /** A user's text as a message quotes it: at most {@value #QUOTE_LIMIT} characters, on one line. */
    public static String quote(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return "'" + (flat.length() > QUOTE_LIMIT ? flat.substring(0, QUOTE_LIMIT) + "..." : flat) + "'";
    }

    /**
     * Every {@code Double} and {@code double} option: a finite number, not NaN, Infinity or one so
     * large it rounds to infinity (1e400).
     */
    static final class FiniteNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double v;
            try {
                v = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(quote(text) + " is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new TypeConversionException(quote(text) + " is not a finite number");
            }
            return v;
        }
    }

    /** Every {@code Path} option: a name the file system can hold (no NUL character). */
    static final class FileName implements ITypeConverter<java.nio.file.Path> {
        @Override
        public java.nio.file.Path convert(String text) {
            try {
                return java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new TypeConversionException(quote(text) + " is not a file name this system can use (" + e.getReason() + ")");
            }
        }
    }
}
