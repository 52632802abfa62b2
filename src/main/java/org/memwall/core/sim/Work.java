package org.memwall.core.sim;

import org.memwall.core.arch.Demand;
import org.memwall.core.model.Precision;

/**
 * One operator's work on one chip, before timing.
 *
 * @param occurrences     how often it runs on the critical path of one forward pass (layers for
 *                        per-layer operators)
 * @param width           chips doing a copy of this work at once (the tensor-parallel group); for
 *                        experts spread over several groups, the copies of the busiest chip's work
 *                        the whole layer's experts add up to, which need not be whole
 * @param kernels         kernels it launches each time it runs (each pays the stack's kernel overhead)
 * @param matrixOps       matrix-unit ops on this chip
 * @param matrixRows      rows of its matrix product (tokens), columns and inner size: for wave
 *                        quantisation; zero when it has no product on weights
 * @param computePrecision the format its matrix units compute in
 * @param matrixFraction  share of the matrix peak it can reach at best (the stack's, or the
 *                        attention kernel's)
 * @param vectorOps       norms and softmax, overlapped with the operator's traffic
 * @param dequantOps      weight conversions of weight-only quantisation: each weight is converted
 *                        after it arrives and before it is multiplied, in the same instruction
 *                        stream, so at small batch this work does not hide behind the loads
 * @param memoryFraction  share of each level's sustained bandwidth the kernel reaches
 */
record Work(Operator op, int occurrences, double width, int kernels, double matrixOps, boolean matrixOnWeights,
            double matrixRows, double matrixColumns, double matrixInner, Precision computePrecision,
            double matrixFraction, double vectorOps, double dequantOps, double memoryFraction, Demand demand,
            double linkBytes, double linkFixedSeconds) {
}
