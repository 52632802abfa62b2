package org.memwall.ui.canvas;

import org.memwall.core.trace.Payload;

/**
 * The shape of a packet, a second cue beside its colour: weights are squares, the KV cache
 * diamonds, activations circles, so the payloads stay apart for a colour-blind viewer and in a
 * grey printout.
 */
enum PacketShape {
    SQUARE, DIAMOND, CIRCLE;

    static PacketShape of(Payload payload) {
        return switch (payload) {
            case WEIGHTS -> SQUARE;
            case KV_CACHE -> DIAMOND;
            case ACTIVATIONS -> CIRCLE;
        };
    }

    /** Pixels left out at each end of row {@code row} of a shape {@code size} pixels across. */
    int inset(int row, int size) {
        double centre = (size - 1) / 2.0;
        double dy = Math.abs(row - centre);
        return switch (this) {
            case SQUARE -> 0;
            case DIAMOND -> (int) Math.floor(dy);
            case CIRCLE -> {
                double r = size / 2.0;
                double half = Math.sqrt(Math.max(0, r * r - (dy + 0.25) * (dy + 0.25)));
                yield (int) Math.max(0, Math.round(r - half - 0.25));
            }
        };
    }
}
