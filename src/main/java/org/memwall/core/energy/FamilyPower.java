package org.memwall.core.energy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Checks;
import org.memwall.core.model.Hardware;
import org.memwall.core.stack.StackCalibration;

/**
 * Power figures a family of chips shares where no chip publishes its own: the clocked power of a
 * chip's units while they run kernels (as a share of its board limit), and the energy of carrying
 * off-chip memory traffic across the die. Calibration may fit them to measured energy runs;
 * {@code calibration} names the fields, their priors and the runs.
 */
public record FamilyPower(Map<ArchitectureFamily, Figures> families, StackCalibration calibration, List<String> sources) {

    /** One family's figures. */
    public record Figures(double clockedShareOfBoardLimit, double dramPathEnergyPerBitJoules) {
        public Figures {
            Checks.nonNegative("clockedShareOfBoardLimit", clockedShareOfBoardLimit);
            Checks.nonNegative("dramPathEnergyPerBitJoules", dramPathEnergyPerBitJoules);
        }
    }

    /** The figures calibration can fit, by their name in a field path. */
    public enum Field {
        CLOCKED_SHARE("clockedShareOfBoardLimit", true),
        DRAM_PATH_ENERGY("dramPathEnergyPerBitJoules", false);

        private final String key;
        private final boolean fraction;

        Field(String key, boolean fraction) {
            this.key = key;
            this.fraction = fraction;
        }

        public String key() {
            return key;
        }

        /** A share in (0, 1) rather than a positive amount. */
        public boolean fraction() {
            return fraction;
        }

        double get(Figures f) {
            return this == CLOCKED_SHARE ? f.clockedShareOfBoardLimit() : f.dramPathEnergyPerBitJoules();
        }

        Figures set(Figures f, double v) {
            return this == CLOCKED_SHARE ? new Figures(v, f.dramPathEnergyPerBitJoules()) : new Figures(f.clockedShareOfBoardLimit(), v);
        }
    }

    /** A field path {@code families.<family>.<figure>}, as {@code calibration.free} names it. */
    public record FieldPath(ArchitectureFamily family, Field field) {
        public String path() {
            return "families." + familyKey(family) + "." + field.key();
        }

        public static Optional<FieldPath> parse(String path) {
            for (ArchitectureFamily f : ArchitectureFamily.values()) {
                for (Field k : Field.values()) {
                    if (new FieldPath(f, k).path().equals(path)) {
                        return Optional.of(new FieldPath(f, k));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** How a family is spelled in presets ({@code von-neumann-hbm}). */
    public static String familyKey(ArchitectureFamily family) {
        return family.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public FamilyPower {
        families = Collections.unmodifiableMap(families.isEmpty() ? new EnumMap<>(ArchitectureFamily.class) : new EnumMap<>(families));
        Objects.requireNonNull(calibration, "calibration");
        sources = List.copyOf(sources);
    }

    public static FamilyPower none() {
        return new FamilyPower(Map.of(), StackCalibration.none(), List.of());
    }

    /** A figure's current value; 0 for a family without figures. */
    public double get(FieldPath p) {
        Figures f = families.get(p.family());
        return f == null ? 0 : p.field().get(f);
    }

    public FamilyPower with(FieldPath p, double value) {
        Map<ArchitectureFamily, Figures> m = new EnumMap<>(ArchitectureFamily.class);
        m.putAll(families);
        m.put(p.family(), p.field().set(m.getOrDefault(p.family(), new Figures(0, 0)), value));
        return new FamilyPower(m, calibration, sources);
    }

    public FamilyPower withCalibration(StackCalibration c) {
        return new FamilyPower(families, c, sources);
    }

    /**
     * The chip with its family's figures where its preset left them to the family; any other chip
     * unchanged. A chip of a family without figures keeps none.
     *
     * @throws IllegalArgumentException when the figures leave the chip no power for its work
     */
    public Hardware apply(Hardware chip) {
        if (!chip.power().familyFigures()) {
            return chip;
        }
        Figures f = families.getOrDefault(chip.family(), new Figures(0, 0));
        if (f.clockedShareOfBoardLimit() == chip.power().clockedShareOfBoardLimit()
                && f.dramPathEnergyPerBitJoules() == chip.power().dramPathEnergyPerBitJoules()) {
            return chip;
        }
        return chip.withPower(chip.power().withFamilyFigures(f.clockedShareOfBoardLimit(), f.dramPathEnergyPerBitJoules()));
    }
}
