package org.memwall.fitting;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.memwall.core.model.Precision;
import org.memwall.core.stack.ServingStack;

/**
 * The figures of a serving stack calibration can fit, each named by its field in the stack's
 * preset, with how to read it and how to set it.
 */
public enum StackParameter {
    KERNEL_OVERHEAD("overheads.kernelSeconds", false,
            s -> s.overheads().kernelSeconds(),
            (s, v) -> s.withOverheads(s.overheads().withKernelSeconds(v))),
    STEP_OVERHEAD("overheads.stepSeconds", false,
            s -> s.overheads().stepSeconds(),
            (s, v) -> s.withOverheads(s.overheads().withStepSeconds(v))),
    REQUEST_OVERHEAD("overheads.requestSeconds", false,
            s -> s.overheads().requestSeconds(),
            (s, v) -> s.withOverheads(s.overheads().withRequestSeconds(v))),
    MEMORY_BANDWIDTH("efficiency.memoryBandwidthFraction", true,
            s -> s.efficiency().memoryBandwidthFraction(),
            (s, v) -> s.withEfficiency(s.efficiency().withMemoryBandwidthFraction(v))),
    MATRIX_FP16("efficiency.matrixPeakFraction.fp16", true,
            s -> s.efficiency().matrixPeakFraction().get(Precision.FP16),
            (s, v) -> s.withEfficiency(s.efficiency().withMatrixPeakFraction(Precision.FP16, v))),
    MATRIX_FP8("efficiency.matrixPeakFraction.fp8", true,
            s -> s.efficiency().matrixFraction(Precision.FP8),
            (s, v) -> s.withEfficiency(s.efficiency().withMatrixPeakFraction(Precision.FP8, v))),
    MATRIX_INT8("efficiency.matrixPeakFraction.int8", true,
            s -> s.efficiency().matrixFraction(Precision.INT8),
            (s, v) -> s.withEfficiency(s.efficiency().withMatrixPeakFraction(Precision.INT8, v))),
    DECODE_ATTENTION("efficiency.decodeAttentionBandwidthFraction", true,
            s -> s.efficiency().decodeAttentionBandwidthFraction(),
            (s, v) -> s.withEfficiency(s.efficiency().withDecodeAttentionBandwidthFraction(v))),
    EXPOSED_OVERLAP("efficiency.exposedOverlapFraction", true,
            s -> s.efficiency().exposedOverlapFraction(),
            (s, v) -> s.withEfficiency(s.efficiency().withExposedOverlapFraction(v))),
    MOE_FP8_EXPERTS("moe.fp8ExpertsMatrixFraction", true,
            s -> s.moe().fp8ExpertsMatrixFraction(),
            (s, v) -> s.withMoe(new ServingStack.MixtureOfExperts(v))),
    ALL_REDUCE_LATENCY("allReduce.latencySecondsPerCall", false,
            s -> s.allReduce().latencySecondsPerCall(),
            (s, v) -> s.withAllReduce(new ServingStack.AllReduce(s.allReduce().algorithm(), v))),
    DEQUANT_INT8("dequantOpsPerWeight.int8", false,
            s -> s.dequantOps(Precision.INT8),
            (s, v) -> s.withDequantOpsPerWeight(with(s, Precision.INT8, v))),
    DEQUANT_INT4("dequantOpsPerWeight.int4", false,
            s -> s.dequantOps(Precision.INT4),
            (s, v) -> s.withDequantOpsPerWeight(with(s, Precision.INT4, v)));

    private final String field;
    private final boolean fraction;
    private final ToDoubleFunction<ServingStack> get;
    private final BiFunction<ServingStack, Double, ServingStack> set;

    StackParameter(String field, boolean fraction, ToDoubleFunction<ServingStack> get,
                   BiFunction<ServingStack, Double, ServingStack> set) {
        this.field = field;
        this.fraction = fraction;
        this.get = get;
        this.set = set;
    }

    /** The field's path in a stack preset. */
    public String field() {
        return field;
    }

    /** A share in (0, 1] rather than a positive amount. */
    public boolean fraction() {
        return fraction;
    }

    public double get(ServingStack s) {
        return get.applyAsDouble(s);
    }

    public ServingStack set(ServingStack s, double value) {
        return set.apply(s, value);
    }

    public static Optional<StackParameter> byField(String field) {
        return Arrays.stream(values()).filter(p -> p.field.equals(field)).findFirst();
    }

    private static Map<Precision, Double> with(ServingStack s, Precision p, double v) {
        Map<Precision, Double> m = new EnumMap<>(Precision.class);
        m.putAll(s.dequantOpsPerWeight());
        m.put(p, v);
        return m;
    }
}
