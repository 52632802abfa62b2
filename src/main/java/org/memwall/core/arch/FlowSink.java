package org.memwall.core.arch;

import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * Receives an operator's flows one at a time, without a list or a record per flow (the
 * metrics-only run adds them up as they come).
 *
 * @param level index of the memory level in the chip's {@code memory()} list
 */
@FunctionalInterface
public interface FlowSink {
    void flow(Endpoint from, Endpoint to, Payload payload, int level, double bytes);
}
