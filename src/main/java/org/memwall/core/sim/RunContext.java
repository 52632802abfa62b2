package org.memwall.core.sim;

import org.memwall.core.arch.Architecture;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/** What a run needs everywhere, worked out once: the adjusted chip, its family, the stack, the split. */
record RunContext(Hardware chip, Architecture arch, ServingStack stack, Workload w, Parallelism par) {

    /** The format the matrix units really compute in (a chip without int4 units runs int4 as int8 or fp16). */
    Precision computePrecision() {
        return chip.compute().bestFor(w.computePrecision());
    }

    /** Bit-slicing passes a CIM array needs for the stored weights' width. */
    int passes() {
        // no lambda: this runs for every operator of every run
        return chip.cim().isPresent() ? chip.cim().get().passesFor(w.weightPrecision()) : 1;
    }

    /** Matrix peak in a format, divided by the CIM passes. */
    double matrixPeak(Precision compute) {
        Precision p = chip.compute().bestFor(compute);
        return chip.compute().peakOpsPerSecond().get(p) / passes();
    }

    double matrixPeak() {
        return matrixPeak(computePrecision());
    }

    double vectorPeak() {
        return chip.compute().vectorOpsPerSecond();
    }

    /**
     * Weights stored narrower than the format they are multiplied in are converted on the fly
     * (weight-only int8/int4, W4A8). Compute-in-memory arrays multiply the stored bits directly.
     */
    boolean dequantises() {
        return chip.family() != ArchitectureFamily.COMPUTE_IN_MEMORY
                && w.weightPrecision().bits() < computePrecision().bits();
    }

    /**
     * Whether a mixture-of-experts layer's expert products compute in fp8 (an fp8 build), where a
     * stack's grouped expert kernel may reach less of the fp8 rate than its dense products.
     */
    boolean fp8Experts() {
        return w.model().isMixtureOfExperts() && computePrecision() == Precision.FP8;
    }
}
