package org.memwall.core.sim;

/**
 * How a model is split over chips: whole chips only. Each layer is split over a tensor-parallel
 * group; groups hold consecutive layers (pipeline stages); a token passes through every stage. A
 * mixture of experts may also spread each layer's experts over several such groups (expert
 * parallelism): the first group of a layer holds its attention, and every group holds
 * experts / expertParallel of its experts, each split over the group's chips.
 *
 * @param chips          chips the scenario has
 * @param chipsUsed      chips holding a share of the model: tensorParallel x expertParallel x
 *                       pipelineStages (any remainder that fits no whole group stays idle)
 * @param tensorParallel chips sharing each layer's attention (and each expert)
 * @param pipelineStages groups of chips that hold consecutive layers
 * @param expertParallel groups of tensorParallel chips each layer's experts are spread over (1
 *                       when the experts stay on the attention's group, and for a dense model)
 */
public record Parallelism(int chips, int chipsUsed, int tensorParallel, int pipelineStages, int expertParallel) {
    public Parallelism {
        if (chips < 1 || tensorParallel < 1 || pipelineStages < 1 || expertParallel < 1
                || chipsUsed != tensorParallel * expertParallel * pipelineStages || chipsUsed > chips) {
            throw new IllegalArgumentException("inconsistent parallelism: chips " + chips + ", used " + chipsUsed
                    + ", tensor-parallel " + tensorParallel + ", stages " + pipelineStages + ", expert-parallel "
                    + expertParallel);
        }
    }

    /** A split without expert parallelism. */
    public Parallelism(int chips, int chipsUsed, int tensorParallel, int pipelineStages) {
        this(chips, chipsUsed, tensorParallel, pipelineStages, 1);
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
