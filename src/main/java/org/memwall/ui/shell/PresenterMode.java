package org.memwall.ui.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presenter mode (F5): full screen, the whole window scaled up by the presenter scale (125-200 %),
 * the left panel folded away and the tiles folded to a column, the scenario strip in larger type.
 * Leaving it puts the scale and full screen back as they were. Full screen (F11) and the window's
 * scale (Ctrl+plus / minus / 0) work on their own too; while presenting, the scale keys change the
 * presenter scale.
 */
public final class PresenterMode {
    /** The presenter scales offered in the View menu. */
    public static final List<Double> SCALES = List.of(1.25, 1.5, 1.75, 2.0);
    public static final double DEFAULT_SCALE = 1.5;
    /** The window's own scale steps, as Ctrl+plus and Ctrl+minus walk them. */
    static final List<Double> ZOOM_STEPS = List.of(0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0);
    static final String PRESENTING = "mw-presenting";

    private final ExplorerWindow window;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", DEFAULT_SCALE);
    private double zoomBefore = 1;
    private boolean fullScreenBefore;
    private boolean controlsBefore = true;

    PresenterMode(ExplorerWindow window) {
        this.window = window;
        presenting.addListener((obs, old, now) -> apply(now));
        scale.addListener((obs, old, now) -> {
            if (presenting.get()) {
                window.zoomProperty().set(now.doubleValue());
            }
        });
    }

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The window's scale while presenting, 1.25 to 2. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** The window's own scale, the one it goes back to when presenting ends. */
    public double restingZoom() {
        return presenting.get() ? zoomBefore : window.zoomProperty().get();
    }

    public void toggle() {
        presenting.set(!presenting.get());
    }

    /** Full screen on or off (F11); a window that is not a stage (a screenshot) has none. */
    void toggleFullScreen() {
        stage().ifPresent(s -> s.setFullScreen(!s.isFullScreen()));
    }

    /** Ctrl+plus: the next scale step (the presenter scale while presenting). */
    void zoomIn() {
        step(+1);
    }

    void zoomOut() {
        step(-1);
    }

    /** Ctrl+0: back to 100 % (to the default presenter scale while presenting). */
    void zoomReset() {
        if (presenting.get()) {
            scale.set(DEFAULT_SCALE);
        } else {
            window.zoomProperty().set(1);
        }
    }

    private void step(int direction) {
        List<Double> steps = presenting.get() ? SCALES : ZOOM_STEPS;
        double now = presenting.get() ? scale.get() : window.zoomProperty().get();
        double next = now;
        for (int i = 0; i < steps.size(); i++) {
            double s = steps.get(direction > 0 ? i : steps.size() - 1 - i);
            if (direction > 0 ? s > now + 1e-9 : s < now - 1e-9) {
                next = s;
                break;
            }
        }
        if (presenting.get()) {
            scale.set(next);
        } else {
            window.zoomProperty().set(next);
        }
    }

    private void apply(boolean on) {
        if (on) {
            zoomBefore = window.zoomProperty().get();
            fullScreenBefore = stage().map(Stage::isFullScreen).orElse(false);
            controlsBefore = window.controlsShownProperty().get();
            window.controlsShownProperty().set(false);
            window.getStyleClass().add(PRESENTING);
            window.zoomProperty().set(scale.get());
            stage().ifPresent(s -> s.setFullScreen(true));
        } else {
            window.getStyleClass().remove(PRESENTING);
            window.controlsShownProperty().set(controlsBefore);
            window.zoomProperty().set(zoomBefore);
            stage().ifPresent(s -> s.setFullScreen(fullScreenBefore));
        }
        window.relayoutPanels();
    }

    private java.util.Optional<Stage> stage() {
        Window w = window.getScene() == null ? null : window.getScene().getWindow();
        return w instanceof Stage s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }
}
