package org.memwall.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * The playback toolbar: play, step back, step, reset, the trace shown, the speed, the simulated
 * clock and the window's status line. Until the user picks a speed, each new result sets one that
 * plays the slowest chip's step in {@link #LOOP_WALL_SECONDS}.
 */
final class PlaybackBar {
    /** Wall seconds one loop of the slowest trace takes until the user picks a speed. */
    static final double LOOP_WALL_SECONDS = 4;

    private final Messages m = Messages.of(PlaybackBar.class);
    private final Animation animation;
    private final Slider speed = new Slider(-8, -1, -4);
    private final Label speedLabel = new Label();
    private final Label clock = new Label();
    private final Label statusLabel = new Label();
    private final ToggleButton playButton = new ToggleButton(m.get("toolbar.play"));
    private final ToolBar bar;
    private boolean speedChosen;
    private boolean settingSpeed;

    PlaybackBar(Animation animation, ObservableStringValue status) {
        this.animation = animation;
        playButton.setId("play");
        playButton.selectedProperty().bindBidirectional(animation.playingProperty());
        playButton.textProperty().bind(Bindings.when(playButton.selectedProperty())
                .then(m.get("toolbar.pause")).otherwise(m.get("toolbar.play")));
        playButton.setTooltip(new Tooltip(m.get("toolbar.play.tip")));
        playButton.setMinWidth(64);
        Button back = button("step-back", m.get("toolbar.stepBack"), m.get("toolbar.stepBack.tip"), animation::stepBack);
        Button step = button("step", m.get("toolbar.step"), m.get("toolbar.step.tip"), animation::step);
        Button reset = button("reset", m.get("toolbar.reset"), m.get("toolbar.reset.tip"), animation::reset);

        ChoiceBox<Phase> phase = phasePicker();
        configureSpeed();

        clock.setId("clock");
        clock.getStyleClass().add(StyleClasses.CLOCK);
        clock.setMinWidth(140);
        clock.textProperty().bind(Bindings.createStringBinding(
                () -> "t = " + Units.seconds(animation.simulatedSecondsProperty().get()),
                animation.simulatedSecondsProperty()));
        clock.setTooltip(new Tooltip(m.get("toolbar.clock.tip")));

        statusLabel.setId("status");
        statusLabel.textProperty().bind(status);
        statusLabel.setMinWidth(0);
        statusLabel.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(statusLabel, Priority.SOMETIMES);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label speedName = new Label(m.get("toolbar.speed"));
        // in a narrow (or presenting, scaled-up) window the slider gives up its width, never a word:
        // what still does not fit goes to the toolbar's overflow menu whole
        for (Region r : List.of(playButton, back, step, reset, phase, speedName)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar = new ToolBar(playButton, back, step, reset, new Separator(Orientation.VERTICAL), phase,
                speedName, speed, speedLabel, new Separator(Orientation.VERTICAL), clock, gap, statusLabel);
        bar.getStyleClass().add(StyleClasses.TOOLBAR);
        bar.setId("toolbar");
    }

    ToolBar view() {
        return bar;
    }

    /** The status line, which an export hides: a message about the window is no part of its picture. */
    Label statusLabel() {
        return statusLabel;
    }

    /** Until the user picks a speed, one loop of the slowest chip's step takes {@link #LOOP_WALL_SECONDS}. */
    void fitSpeedTo(List<Result> results) {
        if (speedChosen) {
            return;
        }
        double longest = results.stream().mapToDouble(r -> r.decodeTrace().durationSeconds()).max().orElse(0);
        if (longest > 0) {
            settingSpeed = true;
            speed.setValue(Math.log10(longest / LOOP_WALL_SECONDS));
            settingSpeed = false;
        }
    }

    private ChoiceBox<Phase> phasePicker() {
        ChoiceBox<Phase> phase = new ChoiceBox<>();
        phase.setId("phase");
        phase.getItems().setAll(Phase.DECODE, Phase.PREFILL);
        phase.setValue(Phase.DECODE);
        phase.setConverter(new StringConverter<>() {
            @Override
            public String toString(Phase p) {
                return p == null ? "" : p == Phase.DECODE ? m.get("toolbar.phase.decode") : m.get("toolbar.phase.prefill");
            }

            @Override
            public Phase fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        phase.valueProperty().addListener((obs, old, now) -> animation.setPhase(now));
        phase.setTooltip(new Tooltip(m.get("toolbar.phase.tip")));
        Pickers.openOnlyOnPurpose(phase);
        return phase;
    }

    private void configureSpeed() {
        speed.setId("speed");
        speed.setPrefWidth(120);
        speed.setMinWidth(48);
        speed.setTooltip(new Tooltip(m.get("toolbar.speed.tip")));
        speed.valueProperty().addListener((obs, old, now) -> {
            double simulatedPerWall = Math.pow(10, now.doubleValue());
            animation.speedProperty().set(simulatedPerWall);
            speedLabel.setText(m.format("toolbar.speed.value", Units.seconds(simulatedPerWall)));
            if (!settingSpeed) {
                speedChosen = true;
            }
        });
        animation.speedProperty().set(Math.pow(10, speed.getValue()));
        // The canvas may refit the speed when a loop would play too fast or too slow: show that.
        animation.speedProperty().addListener((obs, old, now) -> {
            double position = Math.log10(now.doubleValue());
            if (Double.isFinite(position) && Math.abs(position - speed.getValue()) > 1e-9) {
                settingSpeed = true;
                speed.setValue(position);
                settingSpeed = false;
            }
        });
        speedLabel.setText(m.format("toolbar.speed.value", Units.seconds(Math.pow(10, speed.getValue()))));
        // room for the longest value, so the toolbar does not shift while the speed changes
        speedLabel.setMinWidth(90);
    }

    /** A toolbar button: id for tests, a tooltip; Tab reaches it and Space presses it like any button. */
    static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
