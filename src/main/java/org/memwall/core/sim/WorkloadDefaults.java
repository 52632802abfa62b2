package org.memwall.core.sim;

import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;

/** Common practice for the formats a workload uses when only the weights' format is given. */
public final class WorkloadDefaults {
    private WorkloadDefaults() {
    }

    /**
     * The compute format for stored weights: fp8 weights compute in fp8 where the chip has fp8
     * units; int8/int4 are weight-only quantisation computed in 16-bit; compute-in-memory arrays
     * multiply the stored integers directly.
     */
    public static Precision computePrecisionFor(Hardware chip, Precision weights) {
        if (chip.family() == ArchitectureFamily.COMPUTE_IN_MEMORY) {
            return chip.compute().bestFor(weights);
        }
        return switch (weights) {
            case FP8 -> chip.compute().supports(Precision.FP8) ? Precision.FP8 : chip.compute().bestFor(Precision.FP16);
            case FP16, INT8, INT4 -> chip.compute().bestFor(Precision.FP16);
        };
    }

    /** A workload with the usual formats: 16-bit KV cache and activations. */
    public static Workload workload(Hardware chip, TransformerModel model, Precision weights, int batch, int prompt, int output) {
        return new Workload(model, weights, computePrecisionFor(chip, weights), Precision.FP16, Precision.FP16, batch, prompt, output);
    }
}
