package org.memwall.core.trace;

import org.memwall.core.sim.Operator;

/**
 * The compute units busy with an operator.
 *
 * @param utilisation share of the chip's matrix peak the operator reaches while it runs
 */
public record ComputeEvent(Operator operator, double ops, double utilisation, double startSeconds, double durationSeconds)
        implements TraceEvent {
}
