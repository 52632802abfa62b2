package org.memwall.ui.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;

/**
 * What the window needs from the architecture canvas and the clock that plays its traces: a view
 * for the centre, the results to draw, and the controls the toolbar and shortcuts drive.
 */
public interface Animation {
    Node view();

    void show(List<Result> results);

    void setPhase(Phase phase);

    BooleanProperty playingProperty();

    /** Simulated seconds per second of wall time. */
    DoubleProperty speedProperty();

    ReadOnlyDoubleProperty simulatedSecondsProperty();

    void step();

    void stepBack();

    void reset();

    /** Moves to a simulated time within the loop (exports pick the moment they show). */
    void seek(double simulatedSeconds);

    /** The length of the loop in simulated seconds: the slowest chip's step on screen. */
    double loopSeconds();

    /** Moves simulated time by hand, as if {@code wallSeconds} had passed while playing (screenshots, tests). */
    void advance(double wallSeconds);

    /** Starts following real frame times. */
    void start();

    void stop();
}
