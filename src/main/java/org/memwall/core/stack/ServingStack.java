package org.memwall.core.stack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.memwall.core.model.Checks;
import org.memwall.core.model.Precision;

/**
 * The serving software that runs a model on a chip: what it decides, where the chip decides only
 * what is physically there. The same H100 runs Llama 3 8B at very different speeds under
 * gpt-fast, TensorRT-LLM or plain Hugging Face code, and these numbers are why.
 *
 * @param description           one sentence on what the software does differently (the picker's tooltip)
 * @param idealised             true for a stack nobody has measured (the compute-in-memory chips'):
 *                              no overheads, every kernel at its roofline; results say so
 * @param memoryBudget          how much of the weight-holding memory the runtime leaves for weights
 *                              and KV cache after its own context, workspace and fragmentation
 * @param dequantOpsPerWeight   vector-unit ops a weight-only kernel spends turning one stored weight
 *                              into the compute format (per format stored; absent: no conversion cost)
 * @param calibration           which figures calibration fits, their priors, the runs they came from
 */
public record ServingStack(
        String id,
        String name,
        String description,
        boolean idealised,
        Overheads overheads,
        Efficiency efficiency,
        GemmTiling tiling,
        AllReduce allReduce,
        Map<Precision, Double> dequantOpsPerWeight,
        MixtureOfExperts moe,
        MemoryBudget memoryBudget,
        StackCalibration calibration,
        List<String> sources) {

    public ServingStack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(overheads, "overheads");
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(tiling, "tiling");
        Objects.requireNonNull(allReduce, "allReduce");
        Objects.requireNonNull(moe, "moe");
        dequantOpsPerWeight.forEach((p, v) -> Checks.nonNegative("dequantOpsPerWeight", p.id(), v));
        dequantOpsPerWeight = Collections.unmodifiableMap(dequantOpsPerWeight.isEmpty()
                ? new EnumMap<>(Precision.class) : new EnumMap<>(dequantOpsPerWeight));
        Objects.requireNonNull(memoryBudget, "memoryBudget");
        Objects.requireNonNull(calibration, "calibration");
        sources = List.copyOf(sources);
    }

    /** Vector ops to convert one weight stored in {@code stored} before it is multiplied. */
    public double dequantOps(Precision stored) {
        return dequantOpsPerWeight.getOrDefault(stored, 0.0);
    }

    public ServingStack withOverheads(Overheads o) {
        return new ServingStack(id, name, description, idealised, o, efficiency, tiling, allReduce, dequantOpsPerWeight, moe, memoryBudget, calibration, sources);
    }

    public ServingStack withEfficiency(Efficiency e) {
        return new ServingStack(id, name, description, idealised, overheads, e, tiling, allReduce, dequantOpsPerWeight, moe, memoryBudget, calibration, sources);
    }

    public ServingStack withAllReduce(AllReduce a) {
        return new ServingStack(id, name, description, idealised, overheads, efficiency, tiling, a, dequantOpsPerWeight, moe, memoryBudget, calibration, sources);
    }

    public ServingStack withDequantOpsPerWeight(Map<Precision, Double> d) {
        return new ServingStack(id, name, description, idealised, overheads, efficiency, tiling, allReduce, d, moe, memoryBudget, calibration, sources);
    }

    public ServingStack withCalibration(StackCalibration c) {
        return new ServingStack(id, name, description, idealised, overheads, efficiency, tiling, allReduce, dequantOpsPerWeight, moe, memoryBudget, c, sources);
    }

    public ServingStack withMoe(MixtureOfExperts m) {
        return new ServingStack(id, name, description, idealised, overheads, efficiency, tiling, allReduce, dequantOpsPerWeight, m, memoryBudget, calibration, sources);
    }

    /**
     * What the runtime leaves of a chip's weight-holding memory.
     *
     * @param afterWeights false: {@code fraction} of the whole memory holds weights and KV cache
     *                     (vLLM's gpu_memory_utilization); true: the weights load first and
     *                     {@code fraction} of what they leave holds the KV cache (TensorRT-LLM's
     *                     kv_cache_free_gpu_mem_fraction)
     */
    public record MemoryBudget(boolean afterWeights, double fraction) {
        public MemoryBudget {
            Checks.fraction("memoryBudget.fraction", fraction);
        }

        /** Chips' worth of memory {@code weightBytes} and {@code kvBytes} need, {@code capacity} per chip. */
        public double chipsFor(double weightBytes, double kvBytes, double capacity) {
            return afterWeights ? (weightBytes + kvBytes / fraction) / capacity : (weightBytes + kvBytes) / (fraction * capacity);
        }
    }

    /**
     * Fixed costs the software adds around the work.
     *
     * @param kernelSeconds        per kernel: host launch, or graph replay where the stack captures the step
     * @param stepSeconds          per decode step: scheduling, sampling, host synchronisation
     * @param requestSeconds       once per request before the first token: tokenisation, queueing, round trip
     * @param hostLaunchesPerLayer 0 for a stack that launches one fused kernel per operator (or replays
     *                             a graph): each kernel then leaves a gap of {@code kernelSeconds} on the
     *                             device. More than 0 for an eager framework whose host launches that
     *                             many elementary kernels per layer one by one: a forward pass then takes
     *                             at least layers x launches x {@code kernelSeconds} of host time, and the
     *                             device's work runs underneath it (the longer of the two sets the pace)
     */
    public record Overheads(double kernelSeconds, double stepSeconds, double requestSeconds, int hostLaunchesPerLayer) {
        public Overheads {
            Checks.nonNegative("overheads.kernelSeconds", kernelSeconds);
            Checks.nonNegative("overheads.stepSeconds", stepSeconds);
            Checks.nonNegative("overheads.requestSeconds", requestSeconds);
            Checks.nonNegative("overheads.hostLaunchesPerLayer", hostLaunchesPerLayer);
        }

        /** A stack that launches one kernel per operator (no host-bound launches). */
        public Overheads(double kernelSeconds, double stepSeconds, double requestSeconds) {
            this(kernelSeconds, stepSeconds, requestSeconds, 0);
        }

        /** True for an eager framework: its host launches every elementary kernel (see {@link #hostLaunchesPerLayer}). */
        public boolean hostBound() {
            return hostLaunchesPerLayer > 0;
        }

        /** Host time to launch one forward pass of {@code layers} layers (0 unless host-bound). */
        public double hostSecondsPerPass(int layers) {
            return hostBound() ? (double) layers * hostLaunchesPerLayer * kernelSeconds : 0;
        }

        public Overheads withKernelSeconds(double v) {
            return new Overheads(v, stepSeconds, requestSeconds, hostLaunchesPerLayer);
        }

        public Overheads withStepSeconds(double v) {
            return new Overheads(kernelSeconds, v, requestSeconds, hostLaunchesPerLayer);
        }

        public Overheads withRequestSeconds(double v) {
            return new Overheads(kernelSeconds, stepSeconds, v, hostLaunchesPerLayer);
        }
    }

    /**
     * How close the stack's kernels come to the hardware's limits.
     *
     * @param memoryBandwidthFraction          share of each memory level's sustained bandwidth its
     *                                         streaming kernels reach
     * @param matrixPeakFraction               share of the matrix peak a large matrix product reaches,
     *                                         per compute format
     * @param decodeAttentionBandwidthFraction share of memory bandwidth the decode attention kernel
     *                                         reaches while it reads the KV cache
     * @param prefillAttentionMatrixFraction   share of the matrix peak a fused (flash-style) prefill
     *                                         attention reaches
     * @param exposedOverlapFraction           share of the shorter of a kernel's compute and memory
     *                                         time that does not hide behind the longer: 0 is the
     *                                         ideal roofline's max(), 1 their sum (a kernel near the
     *                                         ridge cannot keep both busy)
     */
    public record Efficiency(
            double memoryBandwidthFraction,
            Map<Precision, Double> matrixPeakFraction,
            double decodeAttentionBandwidthFraction,
            double prefillAttentionMatrixFraction,
            double exposedOverlapFraction) {

        public Efficiency {
            Checks.fraction("efficiency.memoryBandwidthFraction", memoryBandwidthFraction);
            if (!matrixPeakFraction.containsKey(Precision.FP16)) {
                throw new IllegalArgumentException("efficiency.matrixPeakFraction needs an fp16 entry (the fallback for other formats)");
            }
            matrixPeakFraction.forEach((p, v) -> Checks.fraction("efficiency.matrixPeakFraction", p.id(), v));
            matrixPeakFraction = Collections.unmodifiableMap(new EnumMap<>(matrixPeakFraction));
            Checks.fraction("efficiency.decodeAttentionBandwidthFraction", decodeAttentionBandwidthFraction);
            Checks.fraction("efficiency.prefillAttentionMatrixFraction", prefillAttentionMatrixFraction);
            if (!(exposedOverlapFraction >= 0 && exposedOverlapFraction <= 1)) {
                throw new IllegalArgumentException("efficiency.exposedOverlapFraction must be in [0, 1], got " + exposedOverlapFraction);
            }
        }

        /** The format's own figure, else that of a format of the same width, else fp16's. */
        public double matrixFraction(Precision compute) {
            Double own = matrixPeakFraction.get(compute);
            if (own != null) {
                return own;
            }
            for (Map.Entry<Precision, Double> e : matrixPeakFraction.entrySet()) {
                if (e.getKey().bits() == compute.bits()) {
                    return e.getValue();
                }
            }
            return matrixPeakFraction.get(Precision.FP16);
        }

        public Efficiency withMemoryBandwidthFraction(double f) {
            return new Efficiency(f, matrixPeakFraction, decodeAttentionBandwidthFraction, prefillAttentionMatrixFraction, exposedOverlapFraction);
        }

        public Efficiency withDecodeAttentionBandwidthFraction(double f) {
            return new Efficiency(memoryBandwidthFraction, matrixPeakFraction, f, prefillAttentionMatrixFraction, exposedOverlapFraction);
        }

        public Efficiency withExposedOverlapFraction(double f) {
            return new Efficiency(memoryBandwidthFraction, matrixPeakFraction, decodeAttentionBandwidthFraction, prefillAttentionMatrixFraction, f);
        }

        public Efficiency withMatrixPeakFraction(Precision p, double f) {
            Map<Precision, Double> m = new EnumMap<>(matrixPeakFraction);
            m.put(p, f);
            return new Efficiency(memoryBandwidthFraction, m, decodeAttentionBandwidthFraction, prefillAttentionMatrixFraction, exposedOverlapFraction);
        }
    }

    /**
     * How the stack's matrix kernels cut a product into tiles, one tile per compute unit at a time:
     * a product whose tiles do not fill the last wave leaves units idle (wave quantisation); split-K
     * cuts the inner dimension too when there are fewer tiles than units.
     *
     * @param minTileRows smallest tile height the kernels pick for few rows (decode's small batches)
     */
    public record GemmTiling(int tileRows, int tileColumns, int minTileRows, boolean splitK) {
        public GemmTiling {
            Checks.positive("tiling.tileRows", tileRows);
            Checks.positive("tiling.tileColumns", tileColumns);
            Checks.positive("tiling.minTileRows", minTileRows);
            if (minTileRows > tileRows) {
                throw new IllegalArgumentException("tiling.minTileRows (" + minTileRows + ") cannot exceed tiling.tileRows (" + tileRows + ")");
            }
        }

        /** An ideal machine: no quantisation loss. */
        public static GemmTiling none() {
            return new GemmTiling(1, 1, 1, false);
        }
    }

    /**
     * The all-reduce after attention and after the FFN of a tensor-parallel layer.
     *
     * @param latencySecondsPerCall fixed cost of one call beyond the link's hops (kernel, barrier)
     */
    public record AllReduce(Algorithm algorithm, double latencySecondsPerCall) {
        public AllReduce {
            Objects.requireNonNull(algorithm, "allReduce.algorithm");
            Checks.nonNegative("allReduce.latencySecondsPerCall", latencySecondsPerCall);
        }

        /** Link latencies one call waits for over a group of {@code chips}. */
        public int latencySteps(int chips) {
            if (chips <= 1) {
                return 0;
            }
            return algorithm == Algorithm.RING ? 2 * (chips - 1) : 2;
        }
    }

    /** RING: NCCL-style, 2(p-1) steps. ONE_SHOT: every chip reads its peers' parts at once (NVLink custom all-reduce, direct links). */
    public enum Algorithm {
        RING, ONE_SHOT
    }

    /**
     * Mixture-of-experts kernels.
     *
     * @param fp8ExpertsMatrixFraction share of the stack's fp8 matrix rate its expert products reach
     *                                 when they compute in fp8 (weights stored and multiplied in fp8),
     *                                 relative to its dense fp8 products: 1 where the experts' grouped
     *                                 product is as well tuned as a dense one, less where fp8 experts
     *                                 run through a newer, slower kernel
     */
    public record MixtureOfExperts(double fp8ExpertsMatrixFraction) {
        public MixtureOfExperts {
            Checks.fraction("moe.fp8ExpertsMatrixFraction", fp8ExpertsMatrixFraction);
        }

        /** Experts as fast as the stack's dense products in every format. */
        public static MixtureOfExperts asDense() {
            return new MixtureOfExperts(1);
        }
    }
}
