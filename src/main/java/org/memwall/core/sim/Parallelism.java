package org.memwall.core.sim;

/**
 * How a model is split over chips.
 *
 * @param chips          chips the scenario has
 * @param chipsUsed      chips holding a share of the model (von Neumann splits leave any
 *                       remainder of a tensor-parallel group idle)
 * @param tensorParallel chips sharing each layer, on average (a fraction when an SRAM dataflow
 *                       or CIM model spreads layers unevenly)
 * @param pipelineStages groups of chips that hold consecutive layers; a token passes through
 *                       all of them one after another
 */
public record Parallelism(int chips, int chipsUsed, double tensorParallel, int pipelineStages) {
    public Parallelism {
        if (chips < 1 || chipsUsed < 1 || chipsUsed > chips || !(tensorParallel >= 1) || pipelineStages < 1) {
            throw new IllegalArgumentException("inconsistent parallelism: chips " + chips + ", used " + chipsUsed
                    + ", tensor-parallel " + tensorParallel + ", stages " + pipelineStages);
        }
    }

    /** Pipeline hops a token makes from the first stage to the last. */
    public int hops() {
        return pipelineStages - 1;
    }
}
