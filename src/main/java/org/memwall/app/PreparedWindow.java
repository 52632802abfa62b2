package org.memwall.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.memwall.presets.PresetLoader;
import org.memwall.ui.model.ExplorerViewModel;

/**
 * Everything the window shows that needs no JavaFX toolkit: the saved preferences, the presets,
 * the validation against published runs and the first results. Prepared on a thread of its own
 * while the toolkit starts, so the window's first frame waits for neither.
 */
record PreparedWindow(ExplorerPreferences preferences, ExplorerFactory factory, ExplorerViewModel viewModel) {

    static PreparedWindow prepare(ExplorerPreferences preferences, StartupTrace trace) {
        var catalog = PresetLoader.load(Optional.empty());
        trace.mark("presets loaded");
        ExplorerFactory factory = ExplorerFactory.of(catalog);
        trace.mark("validation computed");
        // The view model's properties have no listeners yet, so building it here and handing it
        // to the FX thread through the future is safe.
        ExplorerViewModel viewModel = factory.viewModel(factory.usable(preferences.settings()));
        trace.mark("first results computed");
        return new PreparedWindow(preferences, factory, viewModel);
    }

    /** Starts {@link #prepare} on a daemon thread; a failure surfaces where the future is joined. */
    static CompletableFuture<PreparedWindow> inBackground(ExplorerPreferences preferences, StartupTrace trace) {
        CompletableFuture<PreparedWindow> prepared = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                prepared.complete(prepare(preferences, trace));
            } catch (RuntimeException | Error e) {
                prepared.completeExceptionally(e);
            }
        }, "memwall-prepare-window");
        thread.setDaemon(true);
        thread.start();
        return prepared;
    }
}
