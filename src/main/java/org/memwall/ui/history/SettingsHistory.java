package org.memwall.ui.history;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;

/**
 * Undo and redo of the settings (Ctrl+Z, Ctrl+Shift+Z). Every change the view model takes is a
 * step, whoever made it (a slider, a picker, a scenario); a drag of one slider is one step: changes
 * to the same settings follow each other into one step until the gesture ends ({@link #seal()},
 * on a mouse or key release). Undoing sets the settings back through the view model, so the core
 * runs again and every view follows.
 */
public final class SettingsHistory {
    /** Steps kept; the oldest go first. */
    static final int LIMIT = 200;

    private final ExplorerViewModel viewModel;
    private final Deque<ExplorerSettings> undo = new ArrayDeque<>();
    private final Deque<ExplorerSettings> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private Set<String> lastChanged = Set.of();
    private boolean sealed = true;
    private boolean applying;

    public SettingsHistory(ExplorerViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        viewModel.settingsProperty().addListener((obs, old, now) -> changed(old, now));
    }

    private void changed(ExplorerSettings old, ExplorerSettings now) {
        if (applying || old == null) {
            return;
        }
        Set<String> fields = differing(old, now);
        boolean sameGesture = !sealed && fields.equals(lastChanged) && !undo.isEmpty();
        if (!sameGesture) {
            undo.push(old);
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        lastChanged = fields;
        sealed = false;
        redo.clear();
        refresh();
    }

    /** Ends the gesture: the next change is a step of its own. */
    public void seal() {
        sealed = true;
    }

    /** Back to the settings before the last step; false when there is none. */
    public boolean undo() {
        return move(undo, redo);
    }

    /** Again the step undone last; false when there is none. */
    public boolean redo() {
        return move(redo, undo);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Takes another history's steps (the window built again in another language keeps them). */
    public void adopt(SettingsHistory other) {
        undo.clear();
        undo.addAll(other.undo);
        redo.clear();
        redo.addAll(other.redo);
        sealed = true;
        refresh();
    }

    private boolean move(Deque<ExplorerSettings> from, Deque<ExplorerSettings> to) {
        if (from.isEmpty()) {
            return false;
        }
        ExplorerSettings target = from.pop();
        to.push(viewModel.settings());
        applying = true;
        try {
            viewModel.update(Setting.HARDWARE, s -> target);
        } finally {
            applying = false;
        }
        sealed = true;
        refresh();
        return true;
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** The names of the settings that differ, read from the record so a new setting is covered too. */
    static Set<String> differing(ExplorerSettings a, ExplorerSettings b) {
        Set<String> out = new HashSet<>();
        for (RecordComponent c : ExplorerSettings.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    out.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return out;
    }
}
