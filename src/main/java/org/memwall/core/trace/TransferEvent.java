package org.memwall.core.trace;

import org.memwall.core.sim.Operator;

/**
 * Bytes moving from one place to another over a time span at a steady rate.
 *
 * @param level the memory level whose bandwidth carries it (its name), or {@link Trace#LINK}
 */
public record TransferEvent(
        Operator operator,
        Endpoint from,
        Endpoint to,
        Payload payload,
        String level,
        double bytes,
        double startSeconds,
        double durationSeconds) implements TraceEvent {

    /** Bytes per second while the transfer runs. */
    public double rateBytesPerSecond() {
        return durationSeconds > 0 ? bytes / durationSeconds : Double.POSITIVE_INFINITY;
    }
}
