package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.memwall.core.arch.Architecture;
import org.memwall.core.arch.Demand;
import org.memwall.core.arch.Flow;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Calibration;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.trace.ComputeEvent;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;
import org.memwall.core.trace.Trace;
import org.memwall.core.trace.TraceEvent;
import org.memwall.core.trace.TransferEvent;

/**
 * Runs a scenario: a roofline with latency terms per operator, for prefill and one decode step,
 * on the critical path of one chip, plus energy, cost and the trace of one layer. Pure and
 * thread-safe; fast enough for every slider tick.
 *
 * <p>Per operator: time = max(compute, each memory level's traffic, link traffic) + fixed terms
 * (launch or synchronisation overhead, per-hop link latency).
 */
public final class Simulator {
    /** Vector ops per element of an RMSNorm: square, accumulate, scale by the root, multiply by the weight. */
    static final double NORM_OPS_PER_ELEMENT = 4;
    /** Vector ops per attention score for softmax: max, subtract, exp, sum, divide. */
    static final double SOFTMAX_OPS_PER_SCORE = 5;

    private final ProcessNodeTable nodes;

    public Simulator(ProcessNodeTable nodes) {
        this.nodes = nodes;
    }

    public ProcessNodeTable nodes() {
        return nodes;
    }

    public Result run(Scenario scenario) {
        Hardware chip = adjust(scenario);
        Architecture arch = Architecture.of(chip);
        Workload w = scenario.workload();
        TransformerModel m = w.model();

        int chipsNeeded = chipsNeeded(chip, arch, w);
        int chips = scenario.chips() > 0 ? scenario.chips() : chipsNeeded;
        Parallelism par = parallelism(chip, m, chips);
        boolean fits = par.chipsUsed() >= chipsNeeded;
        String fitMessage = fits ? "" : fitMessage(chip, w, chips, chipsNeeded);

        Context ctx = new Context(chip, arch, w, par);
        PhaseRun prefillRun = phase(ctx, Phase.PREFILL);
        PhaseRun decodeRun = phase(ctx, Phase.DECODE);
        PhaseResult prefill = prefillRun.result();
        PhaseResult decode = decodeRun.result();
        double ttft = chip.calibration().requestOverheadSeconds() + prefill.stepSeconds();

        Energy energy = energy(ctx, decode);
        OptionalDouble cost = chip.priceUsd().isPresent()
                ? OptionalDouble.of(chip.priceUsd().getAsDouble() * chips)
                : OptionalDouble.empty();
        Roofline roofline = roofline(ctx, prefill, decode);
        return new Result(scenario, chip, par, chipsNeeded, fits, fitMessage, prefill, decode, ttft, energy, cost,
                roofline, decodeRun.trace(), prefillRun.trace(), Fidelity.notValidated());
    }

    /** The chip after the node and bandwidth sliders. */
    private Hardware adjust(Scenario s) {
        Hardware chip = s.hardware();
        if (s.processNodeNm().isPresent()) {
            chip = nodes.scale(chip, s.processNodeNm().getAsDouble());
        }
        if (s.dramBandwidthBytesPerSecond().isPresent()) {
            if (chip.level(MemoryKind.OFF_CHIP_DRAM).isEmpty()) {
                throw new IllegalArgumentException(chip.id() + " has no off-chip DRAM (HBM), so its bandwidth cannot be set");
            }
            chip = chip.withBandwidth(MemoryKind.OFF_CHIP_DRAM, s.dramBandwidthBytesPerSecond().getAsDouble());
        }
        if (s.sramBandwidthBytesPerSecond().isPresent()) {
            if (chip.level(MemoryKind.ON_CHIP_SRAM).isEmpty()) {
                throw new IllegalArgumentException(chip.id() + " has no on-chip SRAM level, so its bandwidth cannot be set");
            }
            chip = chip.withBandwidth(MemoryKind.ON_CHIP_SRAM, s.sramBandwidthBytesPerSecond().getAsDouble());
        }
        return chip;
    }

    // ---- capacity and split -------------------------------------------------------------

    static double weightBytes(Workload w) {
        return w.model().totalParameters() * w.weightPrecision().bytes();
    }

    /** KV cache for every sequence at its full context (prompt plus all generated tokens). */
    static double kvBytes(Workload w) {
        return (double) w.batch() * w.contextTokens() * w.model().kvElementsPerToken() * w.kvPrecision().bytes();
    }

    private static double usableBytes(Hardware chip, MemoryLevel level) {
        double fraction = chip.calibration().usableCapacityFraction();
        if (level.kind() == MemoryKind.CIM_ARRAY) {
            fraction *= chip.cim().orElseThrow().arrayUtilisation();
        }
        return level.capacityBytes() * fraction;
    }

    /** The fewest chips whose weight and KV levels hold the model, rounded to a usable split. */
    private static int chipsNeeded(Hardware chip, Architecture arch, Workload w) {
        double raw;
        MemoryLevel wl = arch.weightLevel();
        MemoryLevel kl = arch.kvLevel();
        if (wl.name().equals(kl.name())) {
            raw = (weightBytes(w) + kvBytes(w)) / usableBytes(chip, wl);
        } else {
            raw = Math.max(weightBytes(w) / usableBytes(chip, wl), kvBytes(w) / usableBytes(chip, kl));
        }
        if (raw > 1e7) {
            throw new TooManyChipsException(w.model(), chip);
        }
        int n = Math.max(1, (int) Math.ceil(raw - 1e-9));
        int maxTp = chip.calibration().maxTensorParallel();
        if (chip.family() == ArchitectureFamily.VON_NEUMANN_HBM && n > maxTp) {
            n = (int) Math.ceil(n / (double) maxTp) * maxTp;
        }
        return n;
    }

    /**
     * What holding the model takes on {@code chip} (as adjusted for the scenario, e.g. a
     * {@link Result#hardware()}): weights and KV cache, and what one chip's weight memory offers.
     */
    public static Capacity capacity(Hardware chip, Workload w) {
        MemoryLevel level = Architecture.of(chip).weightLevel();
        return new Capacity(weightBytes(w) + kvBytes(w), level.name(), usableBytes(chip, level));
    }

    /** Bytes of weights and KV cache the model needs, and the usable bytes per chip of the memory holding the weights. */
    public record Capacity(double weightAndKvBytes, String weightLevel, double usableBytesPerChip) {
    }

    private static String fitMessage(Hardware chip, Workload w, int chips, int needed) {
        Capacity c = capacity(chip, w);
        return String.format(Locale.ROOT,
                "%s (%.1f GB of weights and KV cache at %s) does not fit on %d x %s: it needs at least %d chips "
                        + "(%s holds %.3g GB usable per chip)",
                w.model().name(), c.weightAndKvBytes() / 1e9, w.weightPrecision().id(), chips, chip.name(), needed,
                c.weightLevel(), c.usableBytesPerChip() / 1e9);
    }

    /**
     * Von Neumann chips split each layer over a tensor-parallel group as large as the links allow,
     * then pipeline the rest. SRAM dataflow and CIM chips spread layers over every chip: fewer
     * chips than layers gives a pipeline of whole layers; more gives each layer a share of chips.
     */
    static Parallelism parallelism(Hardware chip, TransformerModel m, int chips) {
        if (chip.family() == ArchitectureFamily.VON_NEUMANN_HBM) {
            int tp = Math.min(chips, chip.calibration().maxTensorParallel());
            int stages = chips / tp;
            return new Parallelism(chips, tp * stages, tp, stages);
        }
        int stages = Math.min(chips, m.layers());
        return new Parallelism(chips, chips, Math.max(1.0, chips / (double) m.layers()), stages);
    }

    // ---- one phase ----------------------------------------------------------------------

    /** What a run needs everywhere, worked out once. */
    private record Context(Hardware chip, Architecture arch, Workload w, Parallelism par) {
        Calibration cal() {
            return chip.calibration();
        }

        Precision computePrecision() {
            return chip.compute().bestFor(w.computePrecision());
        }

        /** Bit-slicing passes a CIM array needs for the stored weights' width. */
        int passes() {
            return chip.cim().map(c -> c.passesFor(w.weightPrecision())).orElse(1);
        }

        double matrixPeak() {
            return chip.compute().peakOpsPerSecond().get(computePrecision()) / passes();
        }

        /** Weights converted to the compute format on the fly (weight-only quantisation). */
        boolean dequantises() {
            return chip.family() != ArchitectureFamily.COMPUTE_IN_MEMORY && w.weightPrecision() != w.computePrecision();
        }
    }

    /** One operator's work on one chip, before timing. */
    /**
     * @param vectorOps  norms and softmax, overlapped with the operator's traffic
     * @param dequantOps weight conversions of weight-only quantisation: each weight is converted
     *                   after it arrives and before it is multiplied, in the same instruction
     *                   stream, so at small batch this work does not hide behind the loads
     *                   (gpt-fast's int8 kernel reaches 1069 GB/s where bf16 reaches 1397 on one A100)
     */
    private record Work(Operator op, int occurrences, double width, double matrixOps, boolean matrixOnWeights,
                        double vectorOps, double dequantOps, Demand demand, double linkBytes, double linkFixedSeconds) {
    }

    private List<Work> work(Context c, Phase phase) {
        Workload w = c.w();
        TransformerModel m = w.model();
        double tp = c.par().tensorParallel();
        double tokens = phase == Phase.DECODE ? w.batch() : (double) w.batch() * w.promptTokens();
        double wb = w.weightPrecision().bytes();
        double ab = w.activationPrecision().bytes();
        double kvb = w.kvPrecision().bytes();
        double kvPerTokenLayer = 2.0 * m.kvHeads() * m.headDim() * kvb;
        double dequant = c.dequantises() ? c.cal().dequantOpsPerWeight() : 0;
        int layers = m.layers();
        double h = m.hiddenSize();
        double qDim = (double) m.attentionHeads() * m.headDim();

        List<Work> out = new ArrayList<>();
        double normActs = 2 * tokens * h * ab;
        out.add(new Work(Operator.ATTENTION_NORM, layers, tp, 0, false, tokens * h * NORM_OPS_PER_ELEMENT / tp, 0,
                new Demand(h * 2 / tp, 0, 0, normActs), 0, 0));

        double qkv = m.qkvParameters();
        out.add(new Work(Operator.QKV_PROJECTION, layers, tp, 2 * tokens * qkv / tp, true, 0, qkv * dequant / tp,
                new Demand(qkv * wb / tp, 0, 0, tokens * (h + qkv / h) * ab), 0, 0));

        // Attention: decode reads every cached key and value once per sequence; prefill is causal,
        // so a query sees on average half the prompt, and K/V are written then read once (flash-style).
        double scores;
        double kvRead;
        double kvWrite = tokens * kvPerTokenLayer;
        if (phase == Phase.DECODE) {
            double context = w.meanDecodeContext();
            scores = tokens * m.attentionHeads() * context;
            kvRead = w.batch() * context * kvPerTokenLayer;
        } else {
            double p = w.promptTokens();
            scores = w.batch() * m.attentionHeads() * p * (p + 1) / 2;
            kvRead = kvWrite;
        }
        out.add(new Work(Operator.ATTENTION, layers, tp, 2 * 2 * scores * m.headDim() / tp, false,
                scores * SOFTMAX_OPS_PER_SCORE / tp, 0,
                new Demand(0, kvRead / tp, kvWrite / tp, 2 * tokens * qDim * ab / tp), 0, 0));

        double o = m.outputProjectionParameters();
        out.add(new Work(Operator.OUTPUT_PROJECTION, layers, tp, 2 * tokens * o / tp, true, 0, o * dequant / tp,
                new Demand(o * wb / tp, 0, 0, tokens * (qDim + h) * ab), 0, 0));
        if (tp > 1) {
            out.add(allReduce(c, Operator.ATTENTION_ALL_REDUCE, layers, tokens * h * ab));
        }

        out.add(new Work(Operator.FFN_NORM, layers, tp, 0, false, tokens * h * NORM_OPS_PER_ELEMENT / tp, 0,
                new Demand(h * 2 / tp, 0, 0, normActs), 0, 0));

        // Mixture of experts: each token uses k experts; a step touches the experts any of its tokens chose.
        double perExpert = m.ffnParametersPerExpert();
        double k = m.expertsPerToken();
        double e = m.experts();
        double expertsTouched = e == 1 ? 1 : e * (1 - Math.pow(1 - k / e, tokens));
        double ffnWeights = expertsTouched * perExpert + m.routerParameters();
        double ffnOps = 2 * tokens * (k * perExpert + m.routerParameters());
        double ffnActs = tokens * (2 * h + k * (m.ffnKind().matrices() - 1) * m.ffnSize()) * ab;
        out.add(new Work(Operator.FFN, layers, tp, ffnOps / tp, true, 0, ffnWeights * dequant / tp,
                new Demand(ffnWeights * wb / tp, 0, 0, ffnActs), 0, 0));
        if (tp > 1) {
            out.add(allReduce(c, Operator.FFN_ALL_REDUCE, layers, tokens * h * ab));
        }

        if (c.par().hops() > 0) {
            double bytes = tokens * h * ab;
            out.add(new Work(Operator.PIPELINE_HOP, c.par().hops(), 1, 0, false, 0, 0, new Demand(0, 0, 0, 0),
                    bytes, c.chip().link().latencyPerHopSeconds()));
        }

        // Only the last position of each sequence needs logits, in prefill as in decode.
        double lmTokens = w.batch();
        out.add(new Work(Operator.FINAL_NORM, 1, tp, 0, false, lmTokens * h * NORM_OPS_PER_ELEMENT / tp, 0,
                new Demand(h * 2 / tp, 0, 0, 2 * lmTokens * h * ab), 0, 0));
        double lm = m.lmHeadParameters();
        out.add(new Work(Operator.LM_HEAD, 1, tp, 2 * lmTokens * lm / tp, true, 0, lm * dequant / tp,
                new Demand(lm * wb / tp, 0, 0, lmTokens * (h + m.vocabSize() / tp) * ab), 0, 0));
        return out;
    }

    /** Ring all-reduce over the tensor-parallel group: 2(p-1)/p of the message per chip, 2(p-1) hops. */
    private static Work allReduce(Context c, Operator op, int occurrences, double messageBytes) {
        double p = c.par().tensorParallel();
        double bytes = 2 * (p - 1) / p * messageBytes;
        double fixed = 2 * Math.ceil(p - 1) * c.chip().link().latencyPerHopSeconds();
        return new Work(op, occurrences, p, 0, false, 0, 0, new Demand(0, 0, 0, 0), bytes, fixed);
    }

    private OperatorResult time(Context c, Work wk) {
        Hardware chip = c.chip();
        double matrixPeak = c.arch().matrixOpsAtPeak(wk.matrixOnWeights())
                ? c.matrixPeak() * chip.compute().achievableFraction()
                : chip.compute().vectorOpsPerSecond();
        double compute = wk.matrixOps() / matrixPeak + wk.vectorOps() / chip.compute().vectorOpsPerSecond();
        double dequant = wk.dequantOps() / chip.compute().vectorOpsPerSecond();

        Map<String, Double> bytes = bytesByLevel(c, wk.demand());
        Map<String, Double> memorySeconds = new LinkedHashMap<>();
        String slowestLevel = "";
        double slowestMemory = 0;
        for (MemoryLevel level : chip.memory()) {
            double b = bytes.getOrDefault(level.name(), 0.0);
            double t = b / level.effectiveBandwidthBytesPerSecond();
            memorySeconds.put(level.name(), t);
            if (t > slowestMemory) {
                slowestMemory = t;
                slowestLevel = level.name();
            }
        }
        double link = wk.linkBytes() / chip.link().bandwidthBytesPerSecond();
        boolean linkOp = wk.linkBytes() > 0;
        double fixed = wk.linkFixedSeconds() + (linkOp && wk.op() == Operator.PIPELINE_HOP ? 0 : c.cal().launchOverheadSecondsPerOperator());

        double roof = Math.max(compute, Math.max(slowestMemory, link));
        Bound bound;
        String boundLevel = "";
        if (fixed > roof && fixed >= dequant) {
            bound = Bound.LATENCY;
        } else if (dequant > roof) {
            bound = Bound.COMPUTE;
        } else if (link >= compute && link >= slowestMemory) {
            bound = Bound.LINK;
        } else if (slowestMemory >= compute) {
            bound = Bound.MEMORY;
            boundLevel = slowestLevel;
        } else {
            bound = Bound.COMPUTE;
        }
        return new OperatorResult(wk.op(), wk.occurrences(), wk.matrixOps(), wk.vectorOps() + wk.dequantOps(), bytes,
                wk.linkBytes(), compute, dequant, memorySeconds, link, fixed, roof + dequant + fixed, bound, boundLevel);
    }

    private static Map<String, Double> bytesByLevel(Context c, Demand d) {
        Map<String, Double> bytes = new LinkedHashMap<>();
        for (Flow f : c.arch().flows(d)) {
            bytes.merge(f.level(), f.bytes(), Double::sum);
        }
        return bytes;
    }

    private record PhaseRun(PhaseResult result, Trace trace) {
    }

    private PhaseRun phase(Context c, Phase phase) {
        List<Work> work = work(c, phase);
        List<OperatorResult> ops = new ArrayList<>(work.size());
        double step = 0;
        double opsAll = 0;
        double linkAll = 0;
        Map<String, Double> allChips = new LinkedHashMap<>();
        Map<String, Double> layer = new LinkedHashMap<>();
        double layerLink = 0;
        for (MemoryLevel l : c.chip().memory()) {
            allChips.put(l.name(), 0.0);
            layer.put(l.name(), 0.0);
        }
        for (Work wk : work) {
            OperatorResult r = time(c, wk);
            ops.add(r);
            step += r.totalSeconds();
            double copies = wk.width() * wk.occurrences();
            opsAll += r.ops() * copies;
            linkAll += r.linkBytes() * copies;
            r.bytesByLevel().forEach((level, b) -> allChips.merge(level, b * copies, Double::sum));
            if (inLayerTrace(c, wk.op())) {
                r.bytesByLevel().forEach((level, b) -> layer.merge(level, b, Double::sum));
                layerLink += r.linkBytes();
            }
        }
        PhaseResult result = new PhaseResult(phase, step, ops, allChips, linkAll, layer, layerLink, opsAll);
        return new PhaseRun(result, trace(c, phase, work, ops));
    }

    /** The layer on screen: every per-layer operator, plus the hop to the next chip when pipelined. */
    private static boolean inLayerTrace(Context c, Operator op) {
        return op.perLayer() || (op == Operator.PIPELINE_HOP && c.par().hops() > 0);
    }

    // ---- energy, roofline, trace --------------------------------------------------------

    private Energy energy(Context c, PhaseResult decode) {
        Hardware chip = c.chip();
        double perOp = chip.compute().energyPerOpJoules().get(c.computePrecision()) * c.passes()
                + chip.cim().map(x -> x.adcEnergyPerOpJoules()).orElse(0.0);
        double vectorPerOp = chip.compute().vectorEnergyPerOpJoules();
        double batch = c.w().batch();
        double compute = 0;
        Map<String, Double> byLevel = new LinkedHashMap<>();
        for (OperatorResult r : decode.operators()) {
            double copies = copies(c, r.operator()) * r.occurrences();
            boolean atPeak = c.arch().matrixOpsAtPeak(r.operator() != Operator.ATTENTION);
            compute += copies * (r.matrixOps() * (atPeak ? perOp : vectorPerOp) + r.vectorOps() * vectorPerOp);
        }
        for (MemoryLevel l : chip.memory()) {
            byLevel.put(l.name(), decode.bytesByLevelAllChips().getOrDefault(l.name(), 0.0) * 8 * l.energyPerBitJoules() / batch);
        }
        byLevel.put(Trace.LINK, decode.linkBytesAllChips() * 8 * chip.link().energyPerBitJoules() / batch);
        double movement = byLevel.values().stream().mapToDouble(Double::doubleValue).sum();
        double board = c.par().chips() * chip.powerWatts() * decode.stepSeconds() / batch;
        return new Energy(compute / batch, movement, byLevel, board);
    }

    private static double copies(Context c, Operator op) {
        return op == Operator.PIPELINE_HOP ? 1 : c.par().tensorParallel();
    }

    private Roofline roofline(Context c, PhaseResult prefill, PhaseResult decode) {
        Hardware chip = c.chip();
        List<Roofline.Roof> roofs = new ArrayList<>();
        chip.memory().forEach(l -> roofs.add(new Roofline.Roof(l.name(), l.bandwidthBytesPerSecond())));
        roofs.add(new Roofline.Roof(Trace.LINK, chip.link().bandwidthBytesPerSecond()));
        List<Roofline.Point> points = new ArrayList<>();
        for (PhaseResult p : List.of(prefill, decode)) {
            for (OperatorResult r : p.operators()) {
                if (r.ops() <= 0) {
                    continue;
                }
                String level = r.memorySeconds().entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse(chip.memory().get(0).name());
                double bytes = r.bytes(level);
                if (bytes <= 0) {
                    continue;
                }
                points.add(new Roofline.Point(p.phase(), r.operator(), r.ops() / bytes, r.ops() / r.seconds(), r.bound()));
            }
        }
        return new Roofline(c.matrixPeak(), roofs, points);
    }

    /**
     * One layer on one chip as events: each operator waits for its launch overhead, then its
     * transfers (one after another per memory level, at that level's achievable bandwidth) and
     * its compute run side by side; the next operator starts when the slowest has finished.
     */
    private static Trace trace(Context c, Phase phase, List<Work> work, List<OperatorResult> results) {
        List<TraceEvent> events = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < work.size(); i++) {
            Work wk = work.get(i);
            if (!inLayerTrace(c, wk.op())) {
                continue;
            }
            OperatorResult r = results.get(i);
            double launch = r.fixedSeconds() - wk.linkFixedSeconds();
            double start = t + launch;
            double roof = r.seconds() - r.fixedSeconds() - r.dequantSeconds();
            Map<String, Double> levelClock = new LinkedHashMap<>();
            for (Flow f : c.arch().flows(wk.demand())) {
                MemoryLevel level = level(c.chip(), f.level());
                double duration = f.bytes() / level.effectiveBandwidthBytesPerSecond();
                double at = start + levelClock.getOrDefault(f.level(), 0.0);
                levelClock.merge(f.level(), duration, Double::sum);
                events.add(new TransferEvent(wk.op(), f.from(), f.to(), f.payload(), f.level(), f.bytes(), at, duration));
            }
            if (wk.linkBytes() > 0) {
                events.add(new TransferEvent(wk.op(), Endpoint.COMPUTE, Endpoint.NEXT_CHIP, Payload.ACTIVATIONS,
                        Trace.LINK, wk.linkBytes(), start, r.seconds() - launch));
            }
            if (r.ops() > wk.dequantOps()) {
                double utilisation = r.computeSeconds() > 0
                        ? Math.min(1, r.matrixOps() / r.computeSeconds() / c.matrixPeak())
                        : 0;
                events.add(new ComputeEvent(wk.op(), r.ops() - wk.dequantOps(), utilisation, start, r.computeSeconds()));
            }
            if (r.dequantSeconds() > 0) {
                // the vector units convert the weights once they have arrived, before the next operator
                events.add(new ComputeEvent(wk.op(), wk.dequantOps(), 0, start + roof, r.dequantSeconds()));
            }
            t += r.seconds();
        }
        List<String> levels = c.chip().memory().stream().map(MemoryLevel::name).toList();
        return new Trace(phase, events, levels);
    }

    private static MemoryLevel level(Hardware chip, String name) {
        return chip.memory().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
