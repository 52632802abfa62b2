package org.memwall.core.trace;

import org.memwall.core.sim.Operator;

/** One thing that happens on the chip on screen, with its simulated start and duration. */
public sealed interface TraceEvent permits TransferEvent, ComputeEvent {
    Operator operator();

    double startSeconds();

    double durationSeconds();

    default double endSeconds() {
        return startSeconds() + durationSeconds();
    }

    /** Share of the event done at simulated time t, 0 before it starts and 1 after it ends. */
    default double progressAt(double t) {
        if (t <= startSeconds()) {
            return 0;
        }
        if (durationSeconds() <= 0 || t >= endSeconds()) {
            return 1;
        }
        return (t - startSeconds()) / durationSeconds();
    }
}
