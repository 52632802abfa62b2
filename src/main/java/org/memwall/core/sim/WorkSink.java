package org.memwall.core.sim;

import org.memwall.core.model.Precision;

/**
 * Receives the operators {@link WorkBuilder} makes, one at a time, as plain numbers: the full run
 * keeps each as a {@link Work}, the metrics-only run times and adds it up at once, with nothing
 * allocated per operator. The parameters are {@link Work}'s components, its demand spelled out.
 */
interface WorkSink {
    void work(Operator op, int occurrences, double width, int kernels, double matrixOps, boolean matrixOnWeights,
              double matrixRows, double matrixColumns, double matrixInner, Precision computePrecision,
              double matrixFraction, double vectorOps, double dequantOps, double memoryFraction,
              double weightBytes, double kvReadBytes, double kvWriteBytes, double activationBytes,
              double linkBytes, double linkFixedSeconds);

    /** A kernel with no matrix product on weights (norms, attention). */
    default void plain(Operator op, int occurrences, double width, int kernels, double matrixOps, Precision compute,
                       double matrixFraction, double vectorOps, double memoryFraction,
                       double weightBytes, double kvReadBytes, double kvWriteBytes, double activationBytes) {
        work(op, occurrences, width, kernels, matrixOps, false, 0, 0, 0, compute, matrixFraction, vectorOps, 0,
                memoryFraction, weightBytes, kvReadBytes, kvWriteBytes, activationBytes, 0, 0);
    }

    /** Bytes over the chip-to-chip link (all-reduce, pipeline hop). */
    default void link(Operator op, int occurrences, double width, int kernels, double bytes, double fixedSeconds, Precision compute) {
        work(op, occurrences, width, kernels, 0, false, 0, 0, 0, compute, 1, 0, 0, 1, 0, 0, 0, 0, bytes, fixedSeconds);
    }
}
