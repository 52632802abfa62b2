package org.memwall.core.sim;

/** What limits an operator: the slowest of its roofline terms, or its fixed latencies. */
public enum Bound {
    COMPUTE, MEMORY, LINK, LATENCY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
