package org.memwall.core.sim;

import org.memwall.core.scaling.ProcessNodeTable;

/** Runs a scenario: prefill and decode, per operator, with trace, energy and cost. Pure and thread-safe. */
public final class Simulator {
    private final ProcessNodeTable nodes;

    public Simulator(ProcessNodeTable nodes) {
        this.nodes = nodes;
    }

    public ProcessNodeTable nodes() {
        return nodes;
    }

    public Result run(Scenario scenario) {
        throw new UnsupportedOperationException("simulation lands in the next commit");
    }
}
