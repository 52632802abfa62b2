package org.memwall.ui.canvas;

/**
 * Deterministic choices for packet k of a transfer (which HBM stack it leaves, which unit it
 * reaches, where inside them), so a packet's path is a pure function of (transfer, k).
 */
final class PacketPath {
    private PacketPath() {
    }

    /** A well-mixed 64-bit hash of a transfer's seed and a packet number (SplitMix64 finaliser). */
    static long hash(int seed, int k) {
        long z = ((long) seed << 32) ^ (k & 0xFFFFFFFFL);
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An index below n from hash bits. */
    static int pick(long bits, int n) {
        return (int) ((bits & 0x7FFFFFFFL) % n);
    }

    /** A uniform share in [0.15, 0.85) from the low 8 bits, keeping packets off block edges. */
    static double unit(long bits) {
        return 0.15 + 0.7 * ((bits & 0xFF) / 256.0);
    }

    /** Another index than {@code from}, below n (n at least 2): activations hopping between arrays. */
    static int neighbour(int from, long bits, int n) {
        return (from + 1 + pick(bits, n - 1)) % n;
    }
}
