package org.memwall.ui.shell;

import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.memwall.ui.theme.StyleClasses;

/**
 * A titled slider whose position maps to a value through a scale (linear, log, powers of two),
 * with the value written beside the title. Setting the value from the model does not call back.
 */
final class SliderRow extends VBox {
    /** Position on the slider to the value it stands for, and back. */
    record Scale(DoubleUnaryOperator toValue, DoubleUnaryOperator toPosition, double minPosition, double maxPosition) {
        static Scale linear(double min, double max) {
            return new Scale(p -> p, v -> v, min, max);
        }

        static Scale log10(double min, double max) {
            return new Scale(p -> Math.pow(10, p), Math::log10, Math.log10(min), Math.log10(max));
        }

        static Scale log2(double min, double max) {
            return new Scale(p -> Math.pow(2, p), v -> Math.log(v) / Math.log(2), Math.log(min) / Math.log(2), Math.log(max) / Math.log(2));
        }
    }

    private final Slider slider = new Slider();
    private final Label valueLabel = new Label();
    private final Scale scale;
    private final DoubleUnaryOperator round;
    private final DoubleFunction<String> format;
    private boolean quiet;

    SliderRow(String id, String title, String explanation, Scale scale, DoubleUnaryOperator round,
              DoubleFunction<String> format, java.util.function.DoubleConsumer onUserChange) {
        this.scale = scale;
        this.round = round;
        this.format = format;
        getStyleClass().add(StyleClasses.SLIDER_ROW);
        setId(id);
        slider.setId(id + "-slider");
        slider.setMin(scale.minPosition());
        slider.setMax(scale.maxPosition());
        // Arrow keys move a sixteenth of the range: about one doubling on the log2 sliders.
        slider.setBlockIncrement((scale.maxPosition() - scale.minPosition()) / 16);
        slider.setFocusTraversable(true);
        valueLabel.getStyleClass().add(StyleClasses.SLIDER_VALUE);
        valueLabel.setId(id + "-value");
        Label titleLabel = new Label(title);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, titleLabel, gap, valueLabel);
        head.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(head, slider);
        Tooltip tip = new Tooltip(explanation);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(this, tip);
        slider.setTooltip(tip);
        ChangeListener<Number> listener = (obs, old, now) -> {
            double v = value();
            valueLabel.setText(format.apply(v));
            if (!quiet) {
                onUserChange.accept(v);
            }
        };
        slider.valueProperty().addListener(listener);
    }

    /** The value the slider's position stands for, rounded to the row's step. */
    double value() {
        return round.applyAsDouble(scale.toValue().applyAsDouble(slider.getValue()));
    }

    /** Moves the slider to show a value from the model, without reporting it as a user change. */
    void show(double value) {
        quiet = true;
        try {
            double p = scale.toPosition().applyAsDouble(value);
            // a preset beyond the usual range (SRAM at 2 nm) widens it rather than pinning the thumb at its end
            if (Double.isFinite(p)) {
                slider.setMin(Math.min(scale.minPosition(), p));
                slider.setMax(Math.max(scale.maxPosition(), p));
                slider.setValue(p);
            }
            valueLabel.setText(format.apply(value));
        } finally {
            quiet = false;
        }
    }

    Slider slider() {
        return slider;
    }

    Label valueLabel() {
        return valueLabel;
    }
}
