package org.memwall.presets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.ChipLink;
import org.memwall.core.model.CimSpec;
import org.memwall.core.model.ComputeSpec;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.PowerSpec;
import org.memwall.core.model.Precision;
import org.memwall.core.model.UnitShape;
import org.memwall.core.trace.Trace;

/** Maps a {@code presets/hardware/<id>.json} document onto {@link Hardware}. */
final class HardwareReader {
    private HardwareReader() {
    }

    static Optional<Hardware> read(FileContext context) {
        ObjectReader root = context.root();
        String id = root.text("id");
        String name = root.text("name");
        ArchitectureFamily family = enumValue(root, "family", ArchitectureFamily.class);
        double nodeNm = root.positive("processNodeNm");
        double dieAreaMm2 = root.positive("dieAreaMm2");
        PowerSpec power = power(root, context);
        OptionalDouble priceUsd = root.optPositive("priceUsd");

        ComputeSpec compute = compute(root.object("compute"), context);
        List<MemoryLevel> memory = new ArrayList<>();
        for (ObjectReader level : root.objects("memory", true)) {
            memory.add(memoryLevel(level, context));
        }
        ChipLink link = link(root.object("link"), context);
        int maxTensorParallel = root.positiveInt("maxTensorParallel");
        String defaultStack = root.text("defaultStack");
        Optional<CimSpec> cim = root.optObject("cim").map(c -> cim(c, context));
        Provenance.readNotes(root, context);
        List<String> sources = Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);

        if (context.hasProblems() || compute == null || link == null || power == null
                || memory.contains(null) || cim.isPresent() && cim.get() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Hardware(id, name, family, nodeNm, dieAreaMm2, compute, memory, link,
                    power, priceUsd, maxTensorParallel, defaultStack, cim, sources));
        } catch (IllegalArgumentException e) {
            context.constructorProblem("", e);
            return Optional.empty();
        }
    }

    /**
     * {@code power}: board limit, idle power, the clocked share of the board limit and the energy
     * per bit of carrying off-chip traffic across the die (both absent: the family's fitted figures
     * from {@code power.json}) and whether the clock throttles. A preset
     * written before the block had only {@code powerWatts}: a board limit, no idle or clocked power.
     */
    private static PowerSpec power(ObjectReader root, FileContext context) {
        Optional<ObjectReader> block = root.optObject("power");
        if (block.isEmpty()) {
            double watts = root.positive("powerWatts");
            return Double.isNaN(watts) ? null : PowerSpec.boardLimitOnly(watts);
        }
        ObjectReader p = block.get();
        double limit = p.positive("boardLimitWatts");
        double idle = p.nonNegative("idleWatts");
        OptionalDouble share = p.optNonNegative("clockedShareOfBoardLimit");
        OptionalDouble path = p.optNonNegative("dramPathEnergyPerBitJoules");
        boolean throttles = p.bool("clockThrottles", false);
        p.finish();
        if (share.isPresent() != path.isPresent()) {
            context.problem(p.path(), "give both clockedShareOfBoardLimit and dramPathEnergyPerBitJoules, or neither"
                    + " (then the chip takes its family's figures from " + PresetLoader.POWER + ")");
        }
        if (context.hasProblems()) {
            return null;
        }
        try {
            return new PowerSpec(limit, idle, share.orElse(0), path.orElse(0), throttles, share.isEmpty());
        } catch (IllegalArgumentException e) {
            context.constructorProblem(p.path(), e);
            return null;
        }
    }

    private static ComputeSpec compute(ObjectReader c, FileContext context) {
        UnitShape shape = enumValue(c, "shape", UnitShape.class);
        int unitCount = c.positiveInt("unitCount");
        int unitRows = c.positiveInt("unitRows");
        int unitColumns = c.positiveInt("unitColumns");
        double clockHz = c.positive("clockHz");
        Map<Precision, Double> peaks = precisionMap(c, "peakOpsPerSecond", ObjectReader.Range.POSITIVE);
        Map<Precision, Double> energies = precisionMap(c, "energyPerOpJoules", ObjectReader.Range.NON_NEGATIVE);
        double vectorOps = c.positive("vectorOpsPerSecond");
        double vectorEnergy = c.nonNegative("vectorEnergyPerOpJoules");
        c.finish();
        if (context.hasProblems()) {
            return null;
        }
        try {
            return new ComputeSpec(peaks, energies, vectorOps, vectorEnergy, shape, unitCount, unitRows, unitColumns, clockHz);
        } catch (IllegalArgumentException e) {
            context.constructorProblem(c.path(), e);
            return null;
        }
    }

    static Map<Precision, Double> precisionMap(ObjectReader owner, String name, ObjectReader.Range range) {
        Map<Precision, Double> result = new EnumMap<>(Precision.class);
        for (Map.Entry<String, JsonNode> e : owner.members(name).entrySet()) {
            String path = LocatedJson.child(owner.pathOf(name), e.getKey());
            Precision precision = PRECISION_KEYS.get(e.getKey());
            if (precision == null) {
                owner.numberAt(e.getValue(), path, range);
                ownerProblem(owner, path, "unknown precision '" + e.getKey() + "' (expected fp16, fp8, int8 or int4)");
                continue;
            }
            owner.numberAt(e.getValue(), path, range).ifPresent(v -> result.put(precision, v));
        }
        return result;
    }

    private static final Map<String, Precision> PRECISION_KEYS = Map.of(
            "fp16", Precision.FP16, "fp8", Precision.FP8, "int8", Precision.INT8, "int4", Precision.INT4);

    private static MemoryLevel memoryLevel(ObjectReader m, FileContext context) {
        String name = m.text("name");
        if (name.strip().equalsIgnoreCase(Trace.LINK)) {
            // results list bytes and energy per level and for the link under one set of names
            context.problem(m.pathOf("name"), "'" + Trace.LINK + "' is the name of the chip-to-chip link; give the memory level another name");
        }
        MemoryKind kind = enumValue(m, "kind", MemoryKind.class);
        double capacityBytes = m.positive("capacityBytes");
        double bandwidth = m.positive("bandwidthBytesPerSecond");
        double energyPerBit = m.nonNegative("energyPerBitJoules");
        double latency = m.nonNegative("latencySeconds");
        double sustained = m.fraction("sustainedFraction");
        m.finish();
        if (context.hasProblems()) {
            return null;
        }
        try {
            return new MemoryLevel(name, kind, capacityBytes, bandwidth, energyPerBit, latency, sustained);
        } catch (IllegalArgumentException e) {
            context.constructorProblem(m.path(), e);
            return null;
        }
    }

    private static ChipLink link(ObjectReader l, FileContext context) {
        double bandwidth = l.positive("bandwidthBytesPerSecond");
        double latency = l.nonNegative("latencyPerHopSeconds");
        double energy = l.nonNegative("energyPerBitJoules");
        l.finish();
        if (context.hasProblems()) {
            return null;
        }
        try {
            return new ChipLink(bandwidth, latency, energy);
        } catch (IllegalArgumentException e) {
            context.constructorProblem(l.path(), e);
            return null;
        }
    }

    private static CimSpec cim(ObjectReader c, FileContext context) {
        int bitsPerCell = c.positiveInt("bitsPerCell");
        int maxNativeWeightBits = c.positiveInt("maxNativeWeightBits");
        double adc = c.nonNegative("adcEnergyPerOpJoules");
        double utilisation = c.fraction("arrayUtilisation");
        c.finish();
        if (context.hasProblems()) {
            return null;
        }
        try {
            return new CimSpec(bitsPerCell, maxNativeWeightBits, adc, utilisation);
        } catch (IllegalArgumentException e) {
            context.constructorProblem(c.path(), e);
            return null;
        }
    }

    private static void ownerProblem(ObjectReader owner, String path, String message) {
        owner.context().problem(path, message);
    }

    /** Enum constants spelled in presets as lower-case words joined by hyphens ({@code von-neumann-hbm}). */
    static <E extends Enum<E>> E enumValue(ObjectReader owner, String name, Class<E> type) {
        String text = owner.text(name);
        if (text.isEmpty()) {
            return null;
        }
        List<String> spellings = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String spelling = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (spelling.equals(text)) {
                return constant;
            }
            spellings.add(spelling);
        }
        owner.context().problem(owner.pathOf(name), "unknown value \"" + text + "\" (expected one of " + String.join(", ", spellings) + ")");
        return null;
    }
}
