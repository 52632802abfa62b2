package org.memwall.ui.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.ui.canvas.ArchitectureCanvas;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.playback.PlaybackDriver;

/**
 * The architecture canvas with the clock that plays its traces and the driver that moves the
 * clock with real frame times. The canvas takes its colours from the theme's tokens on the
 * scene's root, so a theme change needs nothing from here.
 */
public final class CanvasAnimation implements Animation {
    private final PlaybackClock clock;
    private final ArchitectureCanvas canvas;
    private final PlaybackDriver driver;

    public CanvasAnimation(PlaybackClock clock) {
        this.clock = clock;
        this.canvas = new ArchitectureCanvas(clock);
        this.driver = new PlaybackDriver(clock);
        canvas.setId("architecture");
        canvas.setMinSize(0, 0);
        // a Tab stop of its own: focused, Space plays and pauses and the arrows step
        canvas.setFocusTraversable(true);
        canvas.setOnMousePressed(e -> canvas.requestFocus());
        canvas.setAccessibleText("architecture animation: Space plays or pauses, Left and Right step");
    }

    public ArchitectureCanvas canvas() {
        return canvas;
    }

    @Override
    public Node view() {
        return canvas;
    }

    @Override
    public void show(List<Result> results) {
        canvas.show(results);
    }

    @Override
    public void setPhase(Phase phase) {
        canvas.setPhase(phase);
    }

    @Override
    public BooleanProperty playingProperty() {
        return clock.playingProperty();
    }

    @Override
    public DoubleProperty speedProperty() {
        return clock.speedProperty();
    }

    @Override
    public ReadOnlyDoubleProperty simulatedSecondsProperty() {
        return clock.simulatedSecondsProperty();
    }

    @Override
    public void step() {
        clock.step();
    }

    @Override
    public void stepBack() {
        clock.stepBack();
    }

    @Override
    public void reset() {
        clock.reset();
    }

    @Override
    public void seek(double simulatedSeconds) {
        clock.seek(simulatedSeconds);
    }

    @Override
    public double loopSeconds() {
        return clock.loopSeconds();
    }

    @Override
    public void advance(double wallSeconds) {
        clock.advance(wallSeconds);
    }

    @Override
    public void start() {
        driver.start();
    }

    @Override
    public void stop() {
        driver.stop();
        canvas.dispose();
    }
}
