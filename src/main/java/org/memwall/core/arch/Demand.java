package org.memwall.core.arch;

/**
 * What one operator needs on one chip, before the architecture decides where the bytes come from.
 *
 * @param weightBytes     weights the operator multiplies by (this chip's share)
 * @param kvReadBytes     KV cache read (attention)
 * @param kvWriteBytes    KV cache written (new keys and values)
 * @param activationBytes activations read and written by the compute units
 */
public record Demand(double weightBytes, double kvReadBytes, double kvWriteBytes, double activationBytes) {
}
