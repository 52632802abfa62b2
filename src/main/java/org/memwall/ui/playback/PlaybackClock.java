package org.memwall.ui.playback;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Simulated time you can hold: it advances only when told, by an {@link PlaybackDriver} with real
 * frame times or by a test with explicit steps, so frame rate and simulated time stay separate.
 *
 * <p>With a loop length set, time wraps around while playing. {@link #step()} and
 * {@link #stepBack()} jump to the next or previous step mark (the canvas sets the starts of the
 * trace's events, so a step is one operator), or by 1/50 of the loop where there is no mark; a
 * step pauses playback, as a media player's frame step does.
 */
public final class PlaybackClock {
    /** Simulated seconds per wall-clock second before anyone sets a speed: 0.1 ms of chip time per second. */
    public static final double DEFAULT_SPEED = 1e-4;
    static final int STEPS_PER_LOOP = 50;
    /** Marks closer than this share of the loop to the current time count as "here". */
    private static final double MARK_TOLERANCE = 1e-9;

    private final ReadOnlyDoubleWrapper simulatedSeconds = new ReadOnlyDoubleWrapper(this, "simulatedSeconds", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);
    private double loopSeconds;
    private double[] stepMarksSeconds = new double[0];

    public PlaybackClock() {
    }

    public ReadOnlyDoubleProperty simulatedSecondsProperty() {
        return simulatedSeconds.getReadOnlyProperty();
    }

    public double simulatedSeconds() {
        return simulatedSeconds.get();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Simulated seconds per wall-clock second; negative plays backwards. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Length of the time base; 0 means no loop (time only grows). Time beyond a new, shorter loop wraps. */
    public void setLoopSeconds(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("loop length must be zero or a positive number of seconds, got " + seconds);
        }
        loopSeconds = seconds;
        moveTo(simulatedSeconds.get());
    }

    public double loopSeconds() {
        return loopSeconds;
    }

    /**
     * Times {@link #step()} and {@link #stepBack()} stop at (simulated seconds), for example the
     * starts of a trace's events. An empty array steps by 1/50 of the loop.
     */
    public void setStepMarks(double[] marksSeconds) {
        double[] marks = marksSeconds.clone();
        Arrays.sort(marks);
        stepMarksSeconds = Arrays.stream(marks).filter(m -> m >= 0 && Double.isFinite(m)).distinct().toArray();
    }

    /** Moves time by {@code wallSeconds * speed} when playing; does nothing when paused. */
    public void advance(double wallSeconds) {
        if (!playing.get() || !(wallSeconds > 0)) {
            return;
        }
        moveTo(simulatedSeconds.get() + wallSeconds * speed.get());
    }

    /** Pauses and moves to the next step mark, or 1/50 of the loop forward; past the end it wraps to 0. */
    public void step() {
        playing.set(false);
        double t = simulatedSeconds.get();
        double eps = tolerance();
        for (double mark : stepMarksSeconds) {
            if (mark > t + eps && (loopSeconds == 0 || mark < loopSeconds)) {
                simulatedSeconds.set(mark);
                return;
            }
        }
        double next = t + fallbackStep();
        simulatedSeconds.set(loopSeconds > 0 && next >= loopSeconds - eps ? 0 : next);
    }

    /** Pauses and moves to the previous step mark, or 1/50 of the loop back; stops at 0. */
    public void stepBack() {
        playing.set(false);
        double t = simulatedSeconds.get();
        double eps = tolerance();
        for (int i = stepMarksSeconds.length - 1; i >= 0; i--) {
            if (stepMarksSeconds[i] < t - eps) {
                simulatedSeconds.set(stepMarksSeconds[i]);
                return;
            }
        }
        simulatedSeconds.set(Math.max(0, t - fallbackStep()));
    }

    /** Moves to a simulated time (wrapped into the loop); playing stays as it was. For exports and tests. */
    public void seek(double seconds) {
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("time must be a finite number of seconds, got " + seconds);
        }
        moveTo(seconds);
    }

    /** Back to simulated time 0; playing stays as it was. */
    public void reset() {
        simulatedSeconds.set(0);
    }

    private double fallbackStep() {
        return loopSeconds / STEPS_PER_LOOP;
    }

    private double tolerance() {
        return Math.max(loopSeconds, 1e-12) * MARK_TOLERANCE;
    }

    private void moveTo(double t) {
        if (loopSeconds > 0) {
            double wrapped = t % loopSeconds;
            simulatedSeconds.set(wrapped < 0 ? wrapped + loopSeconds : wrapped);
        } else {
            simulatedSeconds.set(Math.max(0, t));
        }
    }
}
