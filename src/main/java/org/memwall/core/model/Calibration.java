package org.memwall.core.model;

/**
 * Named calibration factors of a chip and its usual software stack. They live in the preset, with
 * a source or the measurement they were fitted to, never as constants in code (DESIGN.md, "Fidelity").
 *
 * @param launchOverheadSecondsPerOperator fixed cost per operator (kernel launch or synchronisation)
 * @param requestOverheadSeconds           fixed cost once per request before the first token
 *                                         (scheduling, tokenisation, host round trip)
 * @param dequantOpsPerWeight              vector ops to turn one quantised weight into the compute format
 * @param usableCapacityFraction           share of the weight-holding memory that weights and KV cache may fill
 * @param maxTensorParallel                largest tensor-parallel group the links support (8 for an NVLink box)
 */
public record Calibration(
        double launchOverheadSecondsPerOperator,
        double requestOverheadSeconds,
        double dequantOpsPerWeight,
        double usableCapacityFraction,
        int maxTensorParallel) {

    public Calibration {
        Checks.nonNegative("launchOverheadSecondsPerOperator", launchOverheadSecondsPerOperator);
        Checks.nonNegative("requestOverheadSeconds", requestOverheadSeconds);
        Checks.nonNegative("dequantOpsPerWeight", dequantOpsPerWeight);
        Checks.fraction("usableCapacityFraction", usableCapacityFraction);
        Checks.positive("maxTensorParallel", maxTensorParallel);
    }
}
