package org.memwall.app;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.shell.ExplorerWindow;

/**
 * Rebuilds the window in the language picked in its "View, Language" menu. Views read their texts
 * when they are built, so the new window replaces the old one in the scene with the same
 * settings, theme, playback, chart choice and, when it was open and unchanged, guided scenario.
 */
final class LanguageSwitch {
    private final ExplorerFactory factory;
    private final Scene scene;
    private final Consumer<Language> remember;
    private final Consumer<ExplorerWindow> rebuilt;

    /**
     * @param remember told the language picked, to open in it next time
     * @param rebuilt  told each new window once it is in the scene and playing
     */
    LanguageSwitch(ExplorerFactory factory, Scene scene, Consumer<Language> remember, Consumer<ExplorerWindow> rebuilt) {
        this.factory = factory;
        this.scene = scene;
        this.remember = remember;
        this.rebuilt = rebuilt;
    }

    /** Starts following {@code window}'s language menu. */
    void attach(ExplorerWindow window) {
        window.languageRequestProperty().addListener((obs, old, now) -> rebuild(window, now));
    }

    private void rebuild(ExplorerWindow old, Language language) {
        if (language == Language.current() || scene.getRoot() != old) {
            return;
        }
        language.use();
        remember.accept(language);
        Optional<String> scenario = old.guide().changedProperty().get()
                ? Optional.empty() : old.guide().currentProperty().get().map(GuidedScenario::id);
        boolean playing = old.animation().playingProperty().get();
        old.animation().stop();
        ExplorerWindow next = factory.window(old.viewModel().settings(), old.themeProperty().get());
        int step = old.guide().stepProperty().get();
        scenario.ifPresent(id -> next.guide().choose(id, step));
        old.lessons().ifPresent(l -> next.lessons().ifPresent(n -> n.costsProperty().set(l.costs())));
        String chart = old.charts().selectedProperty().get();
        if (!chart.isEmpty()) {
            next.showChart(chart);
        }
        next.exportFolderProperty().set(old.exportFolderProperty().get());
        next.history().adopt(old.history());
        next.presenter().scaleProperty().set(old.presenter().scaleProperty().get());
        next.zoomProperty().set(old.presenter().restingZoom());
        next.presenter().presentingProperty().set(old.presenter().presentingProperty().get());
        scene.setRoot(next);
        attach(next);
        next.animation().start();
        next.animation().playingProperty().set(playing);
        rebuilt.accept(next);
    }
}
