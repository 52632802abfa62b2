package org.memwall.ui.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.ui.theme.Theme;

/**
 * Holds the centre of the window until the architecture canvas is wired in: names the chips on
 * screen and keeps the toolbar's controls consistent, but animates nothing.
 */
public final class PlaceholderAnimation implements Animation {
    private final StackPane pane = new StackPane();
    private final Label label = new Label();
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1e-4);
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "simulatedSeconds");

    public PlaceholderAnimation() {
        pane.getChildren().add(label);
        StackPane.setAlignment(label, Pos.CENTER);
        pane.setId("architecture-placeholder");
    }

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public void show(List<Result> results) {
        label.setText(String.join("  |  ", results.stream().map(r -> r.hardware().name()).toList()));
    }

    @Override
    public void setPhase(Phase phase) {
        // nothing drawn yet
    }

    @Override
    public void setTheme(Theme theme) {
        // colours come from the scene's stylesheet
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
        // no trace to step through yet
    }

    @Override
    public void stepBack() {
        // no trace to step through yet
    }

    @Override
    public void reset() {
        time.set(0);
    }

    @Override
    public void advance(double wallSeconds) {
        if (playing.get()) {
            time.set(time.get() + wallSeconds * speed.get());
        }
    }

    @Override
    public void start() {
        // no frames to follow yet
    }

    @Override
    public void stop() {
        // no frames to follow yet
    }
}
