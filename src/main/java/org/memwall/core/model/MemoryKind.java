package org.memwall.core.model;

/** What a memory level physically is. */
public enum MemoryKind {
    /** Off-chip DRAM: HBM stacks, LPDDR. */
    OFF_CHIP_DRAM,
    /** On-chip SRAM: caches, scratchpads, Groq's and Cerebras' weight stores. */
    ON_CHIP_SRAM,
    /** Memory arrays that also compute (SRAM-CIM, ReRAM-CIM). */
    CIM_ARRAY
}
