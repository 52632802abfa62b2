package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.ui.theme.Theme;

/** Records what the window asks of the animation, so tests can check the toolbar and shortcuts. */
final class RecordingAnimation implements Animation {
    final List<String> calls = new ArrayList<>();
    final List<List<Result>> shown = new ArrayList<>();
    private final Pane pane = new Pane();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty speed = new SimpleDoubleProperty();
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper();

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public void show(List<Result> results) {
        shown.add(results);
    }

    @Override
    public void setPhase(Phase phase) {
        calls.add("phase " + phase);
    }

    @Override
    public void setTheme(Theme theme) {
        calls.add("theme " + theme);
    }

    @Override
    public BooleanProperty playingProperty() {
        return playing;
    }

    @Override
    public DoubleProperty speedProperty() {
        return speed;
    }

    @Override
    public ReadOnlyDoubleProperty simulatedSecondsProperty() {
        return time.getReadOnlyProperty();
    }

    @Override
    public void step() {
        calls.add("step");
    }

    @Override
    public void stepBack() {
        calls.add("stepBack");
    }

    @Override
    public void reset() {
        calls.add("reset");
    }

    @Override
    public void advance(double wallSeconds) {
        calls.add("advance");
    }

    @Override
    public void start() {
        calls.add("start");
    }

    @Override
    public void stop() {
        calls.add("stop");
    }
}
