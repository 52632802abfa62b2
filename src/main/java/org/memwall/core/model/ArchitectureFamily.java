package org.memwall.core.model;

/** The three ways of feeding weights to compute that the program contrasts (DESIGN.md, "The model"). */
public enum ArchitectureFamily {
    /** Weights live in off-chip DRAM (HBM) and stream through SRAM to the compute units every step. */
    VON_NEUMANN_HBM("von Neumann + HBM"),
    /** Weights live in on-chip SRAM spread over many chips; activations hop from chip to chip. */
    SRAM_DATAFLOW("SRAM dataflow (near-memory)"),
    /** Weights live inside the memory arrays that compute; only activations move. */
    COMPUTE_IN_MEMORY("compute-in-memory");

    private final String label;

    ArchitectureFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
