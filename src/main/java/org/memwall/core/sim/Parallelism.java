package org.memwall.core.sim;

/**
 * How a model is split over chips: {@code tensorParallel} chips share every layer,
 * {@code pipelineStages} groups of them hold consecutive layers.
 */
public record Parallelism(int chips, int tensorParallel, int pipelineStages) {
    public Parallelism {
        if (chips < 1 || tensorParallel < 1 || pipelineStages < 1) {
            throw new IllegalArgumentException("chips, tensor-parallel group and pipeline stages must be at least 1");
        }
    }

    /** Chips that actually hold a share of the model (the rest idle when the split is uneven). */
    public int chipsUsed() {
        return tensorParallel * pipelineStages;
    }
}
