package org.memwall.core.sim;

public enum Phase {
    /** The prompt, all tokens in one forward pass. */
    PREFILL,
    /** One generated token for every sequence in the batch. */
    DECODE
}
