package org.memwall.ui.model;

/** The inputs a user changes; a problem is pinned on the one changed last. */
public enum Setting {
    HARDWARE, COMPARE, MODEL, PROCESS_NODE, HBM_BANDWIDTH, SRAM_BANDWIDTH, BATCH, CONTEXT, PRECISION, CHIPS, STACK, STREAMS
}
