package org.memwall.core;

import java.util.List;
import java.util.Map;
import org.memwall.core.model.Precision;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;

/** Serving stacks with round figures for the test chips: hand-checkable arithmetic, no tile quantisation. */
public final class TestStacks {
    private TestStacks() {
    }

    /**
     * @param kernelSeconds   per kernel
     * @param requestSeconds  once per request
     * @param dequantOps      vector ops per int8 or int4 weight in weight-only kernels
     * @param matrixFraction  share of the matrix peak every product reaches
     * @param memoryFraction  share of each level's sustained bandwidth
     * @param usable          share of the weight memory weights and KV cache may fill
     */
    public static ServingStack of(String id, double kernelSeconds, double requestSeconds, double dequantOps,
                                  double matrixFraction, double memoryFraction, double usable) {
        return new ServingStack(id, "Test stack " + id, "a test fixture", false,
                new ServingStack.Overheads(kernelSeconds, 0, requestSeconds),
                new ServingStack.Efficiency(memoryFraction, Map.of(Precision.FP16, matrixFraction), 1, matrixFraction, 0),
                ServingStack.GemmTiling.none(),
                new ServingStack.AllReduce(ServingStack.Algorithm.RING, 0),
                Map.of(Precision.INT8, dequantOps, Precision.INT4, dequantOps),
                ServingStack.MixtureOfExperts.asDense(),
                new ServingStack.MemoryBudget(false, usable),
                StackCalibration.none(), List.of("test fixture"));
    }
}
