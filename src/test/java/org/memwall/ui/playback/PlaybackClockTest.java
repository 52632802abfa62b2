package org.memwall.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaybackClockTest {
    private static final double EPS = 1e-12;

    private static PlaybackClock playing(double speed, double loopSeconds) {
        PlaybackClock clock = new PlaybackClock();
        clock.speedProperty().set(speed);
        clock.setLoopSeconds(loopSeconds);
        clock.playingProperty().set(true);
        return clock;
    }

    @Test
    void advanceMovesByWallTimeTimesSpeed() {
        PlaybackClock clock = playing(2e-4, 0);
        clock.advance(0.5);
        assertEquals(1e-4, clock.simulatedSeconds(), EPS);
        clock.advance(0.25);
        assertEquals(1.5e-4, clock.simulatedSeconds(), EPS);
    }

    @Test
    void pausedClockHoldsItsTime() {
        PlaybackClock clock = playing(1e-3, 0);
        clock.advance(1);
        clock.playingProperty().set(false);
        clock.advance(5);
        assertEquals(1e-3, clock.simulatedSeconds(), EPS);
    }

    @Test
    void timeWrapsAroundTheLoop() {
        PlaybackClock clock = playing(1e-3, 2.5e-3);
        clock.advance(2);
        assertEquals(2e-3, clock.simulatedSeconds(), EPS);
        clock.advance(1);
        assertEquals(0.5e-3, clock.simulatedSeconds(), 1e-12);
    }

    @Test
    void negativeSpeedPlaysBackwardsAndWrapsToTheEnd() {
        PlaybackClock clock = playing(-1e-3, 4e-3);
        clock.advance(1);
        assertEquals(3e-3, clock.simulatedSeconds(), 1e-12);
    }

    @Test
    void aShorterLoopWrapsTheCurrentTime() {
        PlaybackClock clock = playing(1e-3, 0);
        clock.advance(7);
        clock.setLoopSeconds(3e-3);
        assertEquals(1e-3, clock.simulatedSeconds(), 1e-12);
    }

    @Test
    void stepWithoutMarksMovesAFiftiethOfTheLoopAndPauses() {
        PlaybackClock clock = playing(1e-3, 1.0);
        clock.step();
        assertFalse(clock.playingProperty().get());
        assertEquals(0.02, clock.simulatedSeconds(), EPS);
        clock.step();
        assertEquals(0.04, clock.simulatedSeconds(), EPS);
        clock.stepBack();
        assertEquals(0.02, clock.simulatedSeconds(), EPS);
    }

    @Test
    void stepBackStopsAtZeroAndStepForwardWrapsAtTheEnd() {
        PlaybackClock clock = playing(1, 1.0);
        clock.stepBack();
        assertEquals(0, clock.simulatedSeconds(), EPS);
        clock.playingProperty().set(true);
        clock.advance(0.99);
        clock.step();
        assertEquals(0, clock.simulatedSeconds(), EPS);
    }

    @Test
    void stepsVisitTheMarksInOrderBothWays() {
        PlaybackClock clock = playing(1, 10);
        clock.setStepMarks(new double[] {4, 1, 7, 1});
        clock.step();
        assertEquals(1, clock.simulatedSeconds(), EPS);
        clock.step();
        assertEquals(4, clock.simulatedSeconds(), EPS);
        clock.step();
        assertEquals(7, clock.simulatedSeconds(), EPS);
        clock.stepBack();
        assertEquals(4, clock.simulatedSeconds(), EPS);
        clock.stepBack();
        assertEquals(1, clock.simulatedSeconds(), EPS);
        clock.stepBack();
        assertEquals(0.8, clock.simulatedSeconds(), EPS, "before the first mark a step back goes a fiftieth of the loop back");
    }

    @Test
    void stepAfterTheLastMarkFallsBackToAFiftieth() {
        PlaybackClock clock = playing(1, 10);
        clock.setStepMarks(new double[] {2});
        clock.playingProperty().set(true);
        clock.advance(3);
        clock.step();
        assertEquals(3.2, clock.simulatedSeconds(), EPS);
    }

    @Test
    void resetGoesBackToZeroAndKeepsPlaying() {
        PlaybackClock clock = playing(1e-3, 0);
        clock.advance(3);
        clock.reset();
        assertEquals(0, clock.simulatedSeconds(), EPS);
        assertTrue(clock.playingProperty().get());
    }

    @Test
    void loopLengthMustBeFiniteAndNotNegative() {
        PlaybackClock clock = new PlaybackClock();
        assertThrows(IllegalArgumentException.class, () -> clock.setLoopSeconds(-1));
        assertThrows(IllegalArgumentException.class, () -> clock.setLoopSeconds(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> clock.setLoopSeconds(Double.POSITIVE_INFINITY));
    }

    @Test
    void driverAdvancesByFrameTimeAndCapsStalls() {
        PlaybackClock clock = playing(1, 0);
        PlaybackDriver driver = new PlaybackDriver(clock);
        driver.onFrame(1_000_000_000L);
        assertEquals(0, clock.simulatedSeconds(), EPS, "the first frame only sets the reference");
        driver.onFrame(1_016_000_000L);
        assertEquals(0.016, clock.simulatedSeconds(), 1e-9);
        driver.onFrame(6_016_000_000L);
        assertEquals(0.016 + PlaybackDriver.MAX_FRAME_SECONDS, clock.simulatedSeconds(), 1e-9);
    }
}
