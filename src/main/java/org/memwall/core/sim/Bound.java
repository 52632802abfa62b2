package org.memwall.core.sim;

/** What limits an operator: the slowest of its roofline terms, or its fixed latencies. */
public enum Bound {
    COMPUTE, MEMORY, LINK, LATENCY;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() {
        return id;
    }
}
