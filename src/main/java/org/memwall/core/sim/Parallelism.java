package org.memwall.core.sim;

/**
 * How a model is split over chips: whole chips only. Each layer is split over a tensor-parallel
 * group; groups hold consecutive layers (pipeline stages); a token passes through every stage.
 *
 * @param chips          chips the scenario has
 * @param chipsUsed      chips holding a share of the model: tensorParallel x pipelineStages (any
 *                       remainder that fits no whole group stays idle)
 * @param tensorParallel chips sharing each layer
 * @param pipelineStages groups of chips that hold consecutive layers
 */
public record Parallelism(int chips, int chipsUsed, int tensorParallel, int pipelineStages) {
    public Parallelism {
        if (chips < 1 || tensorParallel < 1 || pipelineStages < 1 || chipsUsed != tensorParallel * pipelineStages
                || chipsUsed > chips) {
            throw new IllegalArgumentException("inconsistent parallelism: chips " + chips + ", used " + chipsUsed
                    + ", tensor-parallel " + tensorParallel + ", stages " + pipelineStages);
        }
    }

    /** Pipeline hops a token makes from the first stage to the last. */
    public int hops() {
        return pipelineStages - 1;
    }

    /** Layers the busiest stage holds. */
    public int layersPerStage(int layers) {
        return (layers + pipelineStages - 1) / pipelineStages;
    }
}
