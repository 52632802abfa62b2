package org.memwall.core.sim;

/**
 * How a measured run was driven: a static batch (all sequences start together and end together)
 * or serving (continuous batching at a steady number of sequences in flight).
 */
public enum RunMode {
    STATIC("static"),
    SERVING("serving");

    private final String id;

    RunMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RunMode parse(String text) {
        for (RunMode m : values()) {
            if (m.id.equals(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + text + "' (expected static or serving)");
    }
}
