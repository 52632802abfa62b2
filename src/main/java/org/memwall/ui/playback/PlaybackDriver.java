package org.memwall.ui.playback;

import javafx.animation.AnimationTimer;

/**
 * Drives a {@link PlaybackClock} from an {@link AnimationTimer} with the real time between frames.
 * A frame gap longer than {@link #MAX_FRAME_SECONDS} (a stalled window, a debugger) counts as that
 * much, so playback never jumps ahead after a pause in rendering.
 */
public final class PlaybackDriver {
    static final double MAX_FRAME_SECONDS = 0.1;

    private final PlaybackClock clock;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame(now);
        }
    };
    private long lastFrameNanos = -1;

    public PlaybackDriver(PlaybackClock clock) {
        this.clock = clock;
    }

    public void start() {
        lastFrameNanos = -1;
        timer.start();
    }

    public void stop() {
        timer.stop();
        lastFrameNanos = -1;
    }

    /** One frame at {@code nowNanos}; the first frame after start only sets the reference time. */
    void onFrame(long nowNanos) {
        if (lastFrameNanos >= 0) {
            double wallSeconds = Math.min(MAX_FRAME_SECONDS, (nowNanos - lastFrameNanos) / 1e9);
            clock.advance(wallSeconds);
        }
        lastFrameNanos = nowNanos;
    }
}
