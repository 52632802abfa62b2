package org.memwall.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.Precision;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;

class SettingsHistoryTest {
    private final ExplorerViewModel vm = UiFixtures.viewModel();
    private final SettingsHistory history = new SettingsHistory(vm);

    @Test
    void aDragIsOneStepAndUndoRedoWalkTheSteps() {
        ExplorerSettings start = vm.settings();
        for (int b : new int[] {2, 4, 8, 16}) {
            vm.update(Setting.BATCH, s -> s.withBatch(b));
        }
        history.seal();
        ExplorerSettings afterDrag = vm.settings();
        vm.update(Setting.PRECISION, s -> s.withPrecision(Precision.INT8));
        ExplorerSettings afterFormat = vm.settings();

        assertTrue(history.undo());
        assertEquals(afterDrag, vm.settings(), "the format change undone");
        assertTrue(history.undo());
        assertEquals(start, vm.settings(), "the whole drag undone at once");
        assertFalse(history.undo(), "nothing before the start");
        assertEquals(start.batch(), vm.results().get(0).batch(), "the core ran the undone settings");

        assertTrue(history.redo());
        assertEquals(afterDrag, vm.settings());
        assertTrue(history.redo());
        assertEquals(afterFormat, vm.settings());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void aSealOrAnotherSettingStartsANewStepAndANewChangeDropsTheRedos() {
        ExplorerSettings start = vm.settings();
        vm.update(Setting.BATCH, s -> s.withBatch(2));
        history.seal();
        vm.update(Setting.BATCH, s -> s.withBatch(4));
        vm.update(Setting.CONTEXT, s -> s.withContext(2048));
        assertTrue(history.undo());
        assertEquals(4, vm.settings().batch());
        assertEquals(start.contextTokens(), vm.settings().contextTokens());
        assertTrue(history.undo());
        assertEquals(2, vm.settings().batch(), "after the seal the second move was a step of its own");
        assertTrue(history.canRedoProperty().get());
        vm.update(Setting.PRECISION, s -> s.withPrecision(Precision.FP8));
        assertFalse(history.canRedoProperty().get(), "a new change forgets what was undone");
        assertEquals(Set.of("batch"), SettingsHistory.differing(start, start.withBatch(3)));
    }
}
