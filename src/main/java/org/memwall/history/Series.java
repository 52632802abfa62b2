package org.memwall.history;

/** The three quantities the memory-wall history follows over the years. */
public enum Series {
    /** Peak compute of one chip, FLOP/s (the format each chip's era used: FP32, then FP16 or bf16 tensor). */
    PEAK_COMPUTE,
    /** Off-chip DRAM bandwidth of one chip, bytes/s. */
    DRAM_BANDWIDTH,
    /** Chip-to-chip or host interconnect bandwidth, relative to PCIe 1.0 (the figure gives no absolute values). */
    INTERCONNECT
}
