package org.memwall.core.arch;

import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * Bytes an operator moves along one path, charged to the bandwidth of one memory level (or the
 * link). The result's byte counts and the trace's transfer events are both made from flows, so
 * they agree by construction.
 */
public record Flow(Endpoint from, Endpoint to, Payload payload, String level, double bytes) {
}
