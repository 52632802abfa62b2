package org.memwall.presets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.memwall.core.model.Precision;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;

/**
 * Maps a {@code presets/stacks/<id>.json} document onto {@link ServingStack}. Its
 * {@code calibration} block names the fields calibration may fit (with the prior each fit starts
 * from) and the measured runs the current values came from; the rest are sourced figures or
 * stated assumptions, as in every preset.
 */
final class StackReader {
    private StackReader() {
    }

    static Optional<ServingStack> read(FileContext context) {
        ObjectReader root = context.root();
        String id = root.text("id");
        String name = root.text("name");
        String description = root.optText("description").orElse("");
        boolean idealised = root.bool("idealised", false);
        ObjectReader o = root.object("overheads");
        ServingStack.Overheads overheads = build(context, o, () -> new ServingStack.Overheads(
                o.nonNegative("kernelSeconds"), o.nonNegative("stepSeconds"), o.nonNegative("requestSeconds"),
                o.optPositiveInt("hostLaunchesPerLayer").orElse(0)));
        ObjectReader e = root.object("efficiency");
        ServingStack.Efficiency efficiency = build(context, e, () -> new ServingStack.Efficiency(
                e.fraction("memoryBandwidthFraction"),
                HardwareReader.precisionMap(e, "matrixPeakFraction", ObjectReader.Range.FRACTION),
                e.fraction("decodeAttentionBandwidthFraction"), e.fraction("prefillAttentionMatrixFraction"),
                e.optNonNegative("exposedOverlapFraction").orElse(0)));
        ObjectReader t = root.object("tiling");
        ServingStack.GemmTiling tiling = build(context, t, () -> new ServingStack.GemmTiling(
                t.positiveInt("tileRows"), t.positiveInt("tileColumns"), t.positiveInt("minTileRows"), t.bool("splitK", false)));
        ObjectReader a = root.object("allReduce");
        ServingStack.AllReduce allReduce = build(context, a, () -> new ServingStack.AllReduce(
                HardwareReader.enumValue(a, "algorithm", ServingStack.Algorithm.class), a.nonNegative("latencySecondsPerCall")));
        Map<Precision, Double> dequant = root.optObject("dequantOpsPerWeight").isPresent()
                ? HardwareReader.precisionMap(root, "dequantOpsPerWeight", ObjectReader.Range.NON_NEGATIVE)
                : new EnumMap<>(Precision.class);
        ObjectReader m = root.object("moe");
        ServingStack.MixtureOfExperts moe = build(context, m, () -> new ServingStack.MixtureOfExperts(
                m.fraction("fp8ExpertsMatrixFraction")));
        ObjectReader b = root.object("memoryBudget");
        ServingStack.MemoryBudget budget = build(context, b, () -> new ServingStack.MemoryBudget(
                b.bool("afterWeights", false), b.fraction("fraction")));
        StackCalibration calibration = calibration(root, context);
        Provenance.readNotes(root, context);
        List<String> sources = Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems() || overheads == null || efficiency == null || tiling == null || allReduce == null || moe == null
                || calibration == null || budget == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServingStack(id, name, description, idealised, overheads, efficiency, tiling, allReduce, dequant, moe,
                    budget, calibration, sources));
        } catch (IllegalArgumentException ex) {
            context.constructorProblem("", ex);
            return Optional.empty();
        }
    }

    /** {@code calibration}: {free: [{field, prior}], inheritFrom, fittedTo: [run ids]}; absent: nothing is fitted. */
    static StackCalibration calibration(ObjectReader root, FileContext context) {
        Optional<ObjectReader> block = root.optObject("calibration");
        if (block.isEmpty()) {
            return StackCalibration.none();
        }
        ObjectReader c = block.get();
        List<StackCalibration.Free> free = new ArrayList<>();
        for (ObjectReader f : c.objects("free", false)) {
            String field = f.text("field");
            double prior = f.positive("prior");
            f.finish();
            if (!field.isEmpty() && !context.doc().lines().containsKey(field)) {
                context.problem(f.pathOf("field"), "'" + field + "' is not a field of this file");
            } else if (!field.isEmpty() && prior > 0) {
                free.add(new StackCalibration.Free(field, prior));
            }
        }
        Optional<String> inherit = c.optText("inheritFrom");
        List<String> fittedTo = c.texts("fittedTo", false);
        c.optText("objective");
        c.finish();
        try {
            return new StackCalibration(free, inherit, fittedTo);
        } catch (IllegalArgumentException e) {
            context.problem(c.path(), e.getMessage());
            return null;
        }
    }

    private interface Part<T> {
        T make();
    }

    /** Reads a sub-object's fields and builds its record; null (with the problem noted) when it cannot. */
    private static <T> T build(FileContext context, ObjectReader reader, Part<T> part) {
        int before = context.problems().size();
        try {
            T value = part.make();
            reader.finish();
            return context.problems().size() > before ? null : value;
        } catch (IllegalArgumentException | NullPointerException ex) {
            reader.finish();
            if (context.problems().size() == before) {
                // the core's messages name the field from the file's root ("efficiency.memoryBandwidthFraction ...")
                context.constructorProblem("", ex instanceof IllegalArgumentException iae ? iae
                        : new IllegalArgumentException(reader.path() + ": a required field is missing or invalid"));
            }
            return null;
        }
    }
}
