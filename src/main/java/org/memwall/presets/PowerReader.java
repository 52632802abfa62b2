package org.memwall.presets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.stack.StackCalibration;

/**
 * Maps {@code presets/power.json} onto {@link FamilyPower}: per architecture family, the clocked
 * share of the board limit and the energy per bit of carrying off-chip traffic across the die that
 * chips without figures of their own take, with the calibration block that says which measured
 * energy runs they were fitted to.
 */
final class PowerReader {
    private PowerReader() {
    }

    static Optional<FamilyPower> read(FileContext context) {
        ObjectReader root = context.root();
        Map<ArchitectureFamily, FamilyPower.Figures> families = new EnumMap<>(ArchitectureFamily.class);
        ObjectReader all = root.object("families");
        for (ArchitectureFamily f : ArchitectureFamily.values()) {
            all.optObject(FamilyPower.familyKey(f)).ifPresent(o -> {
                double share = o.nonNegative(FamilyPower.Field.CLOCKED_SHARE.key());
                double path = o.nonNegative(FamilyPower.Field.DRAM_PATH_ENERGY.key());
                o.finish();
                if (Double.isFinite(share) && Double.isFinite(path)) {
                    families.put(f, new FamilyPower.Figures(share, path));
                }
            });
        }
        all.finish();
        StackCalibration calibration = StackReader.calibration(root, context);
        if (calibration != null) {
            for (StackCalibration.Free free : calibration.free()) {
                if (FamilyPower.FieldPath.parse(free.field()).isEmpty()) {
                    context.problem("calibration.free", "calibration cannot fit '" + free.field()
                            + "' (a family's clockedShareOfBoardLimit or dramPathEnergyPerBitJoules)");
                }
            }
        }
        Provenance.readNotes(root, context);
        List<String> sources = Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems() || calibration == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FamilyPower(families, calibration, sources));
        } catch (IllegalArgumentException e) {
            context.constructorProblem("", e);
            return Optional.empty();
        }
    }
}
