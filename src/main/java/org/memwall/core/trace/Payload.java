package org.memwall.core.trace;

/** What a transfer carries; the canvas colours packets by it. */
public enum Payload {
    WEIGHTS, KV_CACHE, ACTIVATIONS
}
