package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.memwall.core.arch.Architecture;
import org.memwall.core.energy.Energy;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.trace.Trace;

/**
 * Runs a scenario: a roofline with latency terms per operator, for prefill and one decode step,
 * on the critical path of one chip, plus energy, cost and the trace of one layer. Pure and
 * thread-safe; fast enough for every slider tick.
 *
 * <p>Per operator: time = max(compute, each memory level's traffic, link traffic) + weight
 * conversion + fixed terms (the serving stack's kernel overhead, the link's latencies); see
 * {@link WorkBuilder} for the work and {@link KernelTimer} for the timing.
 */
public final class Simulator {
    private final ProcessNodeTable nodes;

    public Simulator(ProcessNodeTable nodes) {
        this.nodes = nodes;
    }

    public ProcessNodeTable nodes() {
        return nodes;
    }

    public Result run(Scenario scenario) {
        return run(scenario, true);
    }

    /**
     * The numbers only: the same result without the trace of one layer and the roofline, which the
     * screen needs and a fit or a sweep does not. Every number equals {@link #run}'s.
     */
    public Result numbers(Scenario scenario) {
        return run(scenario, false);
    }

    /**
     * The headline numbers only (speed, latency, energy, cost, bound), as a sweep row or a map cell
     * needs them: the same work, timing and energy code as {@link #run}, but each operator is timed
     * and added up as {@link WorkBuilder} makes it, with no operator list, trace or roofline, and
     * nothing allocated per operator. Every figure equals the same figure of {@link #run}.
     */
    public Metrics metrics(Scenario scenario) {
        Setup s = setup(scenario);
        return metrics(scenario, s, MetricsPhase.run(s.ctx(), Phase.PREFILL), MetricsPhase.run(s.ctx(), Phase.DECODE));
    }

    /**
     * The scenario prepared for {@link #metrics} at many bandwidths of one memory level, all else
     * kept: {@code sweep.at(b)} equals {@code metrics(scenario with that level's bandwidth b)}.
     *
     * @throws IllegalArgumentException when the scenario cannot run, or the chip has no level of that kind
     */
    public BandwidthSweep bandwidthSweep(Scenario scenario, MemoryKind kind) {
        Setup s = setup(scenario);
        if (s.chip().levelIndex(kind) < 0) {
            throw new IllegalArgumentException(noLevel(s.chip(), kind));
        }
        return new BandwidthSweep(scenario, s, kind);
    }

    /** A scenario's operators, built once and timed at each bandwidth of one level. */
    public final class BandwidthSweep {
        private final Scenario scenario;
        private final Setup setup;
        private final MemoryKind kind;
        private final OperatorTable prefill;
        private final OperatorTable decode;
        private final double[] sustained;

        private BandwidthSweep(Scenario scenario, Setup setup, MemoryKind kind) {
            this.scenario = scenario;
            this.setup = setup;
            this.kind = kind;
            this.prefill = OperatorTable.build(setup.ctx(), Phase.PREFILL);
            this.decode = OperatorTable.build(setup.ctx(), Phase.DECODE);
            this.sustained = MetricsPhase.sustainedBandwidths(setup.chip().memory());
        }

        /** The metrics with the level's (peak) bandwidth set to {@code bytesPerSecond}; safe on any thread. */
        public Metrics at(double bytesPerSecond) {
            org.memwall.core.model.Checks.positive("bandwidthBytesPerSecond", bytesPerSecond);
            double[] b = sustained.clone();
            List<MemoryLevel> levels = setup.chip().memory();
            for (int i = 0; i < b.length; i++) {
                // every level of the kind, as Hardware.withBandwidth sets them
                if (levels.get(i).kind() == kind) {
                    // what levels.get(i).withBandwidth(bytesPerSecond).sustainedBandwidthBytesPerSecond() gives, without the copy
                    b[i] = bytesPerSecond * levels.get(i).sustainedFraction();
                }
            }
            return metrics(scenario, setup, new MetricsPhase(prefill, b), new MetricsPhase(decode, b));
        }
    }

    private static Metrics metrics(Scenario scenario, Setup s, MetricsPhase prefill, MetricsPhase decode) {
        MetricsEnergy power = MetricsEnergy.of(s.ctx(), prefill, decode);
        double ttft = scenario.stack().overheads().requestSeconds() + power.prefillSeconds();
        double secondsPerToken = power.decodeSeconds();
        double tokensPerSecond = (double) scenario.workload().batch() * scenario.workload().concurrentStreams()
                / secondsPerToken;
        double cost = s.chip().priceUsd().isPresent()
                ? s.chip().priceUsd().getAsDouble() * s.par().chips() / tokensPerSecond
                : Double.NaN;
        return new Metrics(s.par().chips(), s.chipsNeeded(), s.fits(), secondsPerToken, tokensPerSecond, ttft,
                power.joulesPerToken(), cost, decode.bound(), prefill.bound());
    }

    /** What a full run and a metrics-only run both start from: the adjusted chip, the split, and whether it fits. */
    private record Setup(Hardware chip, RunContext ctx, Parallelism par, int chipsNeeded, int maxChips, boolean fits) {
    }

    private Setup setup(Scenario scenario) {
        Hardware chip = adjust(scenario);
        Architecture arch = Architecture.of(chip);
        Workload w = scenario.workload();
        TransformerModel m = w.model();

        double raw = Capacity.rawChips(chip, scenario.stack(), arch, w);
        int maxChips = Split.maxChips(chip, m);
        int chipsNeeded = raw > maxChips
                ? (int) Math.min(Integer.MAX_VALUE, Math.ceil(raw - 1e-9))
                : Split.roundUp(chip, m, raw, chip.family() == ArchitectureFamily.VON_NEUMANN_HBM,
                        p -> Capacity.holds(chip, scenario.stack(), arch, w, p));
        int chips = scenario.chips() > 0 ? scenario.chips() : Math.min(chipsNeeded, maxChips);
        Parallelism par = Split.of(chip, m, chips);
        boolean fits = Capacity.holds(chip, scenario.stack(), arch, w, par);
        return new Setup(chip, new RunContext(chip, arch, scenario.stack(), w, par), par, chipsNeeded, maxChips, fits);
    }

    private Result run(Scenario scenario, boolean pictures) {
        Setup s = setup(scenario);
        Hardware chip = s.chip();
        Parallelism par = s.par();
        int chips = par.chips();
        String fitMessage = s.fits() ? "" : fitMessage(chip, scenario, par, s.chipsNeeded(), s.maxChips());

        RunContext ctx = s.ctx();
        PhaseRun prefillRun = phase(ctx, Phase.PREFILL, pictures);
        PhaseRun decodeRun = phase(ctx, Phase.DECODE, pictures);
        RunPower.Outcome power = RunPower.of(ctx, prefillRun, decodeRun);
        PhaseResult prefill = prefillRun.result().withStepSeconds(power.prefillSeconds());
        PhaseResult decode = decodeRun.result().withStepSeconds(power.decodeSeconds());
        double ttft = scenario.stack().overheads().requestSeconds() + prefill.stepSeconds();
        Energy energy = power.energy();
        OptionalDouble cost = chip.priceUsd().isPresent()
                ? OptionalDouble.of(chip.priceUsd().getAsDouble() * chips)
                : OptionalDouble.empty();
        Roofline roofline = pictures ? RooflineBuilder.roofline(ctx, prefill, decode) : new Roofline(ctx.matrixPeak(), List.of(), List.of());
        return new Result(scenario, chip, par, s.chipsNeeded(), s.fits(), fitMessage, prefill, decode, ttft, energy, cost,
                roofline, decodeRun.trace(), prefillRun.trace(), Fidelity.notValidated());
    }

    /** The most chips a model can be split over on a chip (layers x its largest tensor-parallel group x its experts). */
    public static int maxChips(Hardware chip, TransformerModel model) {
        return Split.maxChips(chip, model);
    }

    /** How {@link #maxChips} comes about, e.g. "80 layers x a tensor-parallel group of 8". */
    public static String maxChipsReason(Hardware chip, TransformerModel model) {
        return Split.maxChipsReason(chip, model);
    }

    /** The chip after the node and bandwidth sliders. */
    private Hardware adjust(Scenario s) {
        Hardware chip = s.hardware();
        if (s.processNodeNm().isPresent()) {
            chip = nodes.scale(chip, s.processNodeNm().getAsDouble());
        }
        if (s.dramBandwidthBytesPerSecond().isPresent()) {
            if (chip.level(MemoryKind.OFF_CHIP_DRAM).isEmpty()) {
                throw new IllegalArgumentException(noLevel(chip, MemoryKind.OFF_CHIP_DRAM));
            }
            chip = chip.withBandwidth(MemoryKind.OFF_CHIP_DRAM, s.dramBandwidthBytesPerSecond().getAsDouble());
        }
        if (s.sramBandwidthBytesPerSecond().isPresent()) {
            if (chip.level(MemoryKind.ON_CHIP_SRAM).isEmpty()) {
                throw new IllegalArgumentException(noLevel(chip, MemoryKind.ON_CHIP_SRAM));
            }
            chip = chip.withBandwidth(MemoryKind.ON_CHIP_SRAM, s.sramBandwidthBytesPerSecond().getAsDouble());
        }
        return chip;
    }

    private static String noLevel(Hardware chip, MemoryKind kind) {
        return chip.id() + (kind == MemoryKind.OFF_CHIP_DRAM ? " has no off-chip DRAM (HBM)" : " has no on-chip SRAM level")
                + ", so its bandwidth cannot be set";
    }

    private static String fitMessage(Hardware chip, Scenario s, Parallelism par, int needed, int maxChips) {
        Workload w = s.workload();
        Capacity c = Capacity.of(chip, s.stack(), w);
        String tail = needed > maxChips
                ? String.format(Locale.ROOT, "it needs at least %d chips, more than the %d it can be split over", needed, maxChips)
                : String.format(Locale.ROOT, "it needs at least %d chips", needed);
        return String.format(Locale.ROOT,
                "%s (%.1f GB of weights and KV cache at %s) does not fit on %d x %s: %s (%s holds %.3g GB usable per chip)",
                w.model().name(), c.weightAndKvBytes() / 1e9, w.weightPrecision().id(), par.chipsUsed(), chip.name(), tail,
                c.weightLevel(), c.usableBytesPerChip() / 1e9);
    }

    // ---- one phase ----------------------------------------------------------------------

    /** One timed phase, with what the power model needs to count its energy at any stream count. */
    private record PhaseRun(PhaseResult result, Trace trace, ActivityCounter counter, Map<String, Double> bytesAllChips,
                            double linkBytesAllChips, double path, double layerSeconds, double oneHop)
            implements RunPower.TimedPhase {
        @Override
        public Phase phase() {
            return result.phase();
        }
    }

    private PhaseRun phase(RunContext c, Phase phase, boolean pictures) {
        List<Work> work = WorkBuilder.build(c, phase);
        List<OperatorResult> ops = new ArrayList<>(work.size());
        double path = 0;
        double layerSeconds = 0;
        double oneHop = 0;
        double opsAll = 0;
        double linkAll = 0;
        Map<String, Double> allChips = new LinkedHashMap<>();
        Map<String, Double> layer = new LinkedHashMap<>();
        double layerLink = 0;
        for (MemoryLevel l : c.chip().memory()) {
            allChips.put(l.name(), 0.0);
            layer.put(l.name(), 0.0);
        }
        ActivityCounter activity = new ActivityCounter(c);
        for (Work wk : work) {
            OperatorResult r = KernelTimer.time(c, wk);
            ops.add(r);
            activity.add(wk, r);
            path += r.totalSeconds();
            if (wk.op().perLayer()) {
                layerSeconds += r.seconds();
            } else if (wk.op() == Operator.PIPELINE_HOP) {
                oneHop = r.seconds();
            }
            double copies = wk.width() * (double) wk.occurrences();
            opsAll += r.ops() * copies;
            linkAll += r.linkBytes() * copies;
            r.bytesByLevel().forEach((level, b) -> allChips.merge(level, b * copies, Double::sum));
            if (inLayerTrace(c, wk.op())) {
                r.bytesByLevel().forEach((level, b) -> layer.merge(level, b, Double::sum));
                layerLink += r.linkBytes();
            }
        }
        path = RunPower.pathWithHost(c, path);
        double step = phase == Phase.DECODE
                ? RunPower.decodeInterval(c, RunPower.streamsInFlight(c), path, layerSeconds, oneHop) : path;
        PhaseResult result = new PhaseResult(phase, step, ops, allChips, linkAll, layer, layerLink, opsAll);
        Trace trace = pictures ? TraceBuilder.trace(c, phase, work, ops)
                : new Trace(phase, List.of(), c.chip().memory().stream().map(MemoryLevel::name).toList());
        return new PhaseRun(result, trace, activity, allChips, linkAll, path, layerSeconds, oneHop);
    }

    /** The layer on screen: every per-layer operator, plus the hop to the next chip when pipelined. */
    static boolean inLayerTrace(RunContext c, Operator op) {
        return op.perLayer() || (op == Operator.PIPELINE_HOP && c.par().hops() > 0);
    }
}
