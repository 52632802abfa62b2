package org.memwall.core.trace;

/** Where a transfer starts or ends on the canvas. */
public enum Endpoint {
    /** Off-chip DRAM (HBM stacks, LPDDR). */
    DRAM,
    /** On-chip SRAM. */
    SRAM,
    /** Compute-in-memory arrays. */
    CIM_ARRAY,
    /** The matrix and vector units. */
    COMPUTE,
    /** The neighbouring chip, over the chip-to-chip link. */
    NEXT_CHIP
}
