package org.memwall.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.shell.ExplorerWindow;

/**
 * The explorer window. Opens in steps so the first frame comes early: the menus, toolbar and the
 * playing canvas first, then the pickers and sliders, then the tiles and charts, each once the
 * step before it is on screen. Remembers the window's size, theme and scenario when it closes.
 */
public class ExplorerApplication extends Application {
    /**
     * Pulses after which the frame laid out in the first of them is on screen. Two are enough for
     * it to be rendered, but with software rendering the pixels reach the window through the FX
     * thread's queue: work queued sooner keeps the frame off screen (measured under Xvfb: with two
     * the first frame showed only after the next step was built; with four, before it).
     */
    private static final int PULSES_UNTIL_ON_SCREEN = 4;

    // JavaFX constructs the Application itself: what the launcher started before the toolkit
    // reaches the instance through these two fields, set once before launch.
    private static volatile StartupTrace launchTrace = new StartupTrace(false, System.err);
    private static volatile CompletableFuture<PreparedWindow> launchPrepared;

    private ExplorerPreferences preferences;
    private ExplorerWindow window;
    private Stage stage;

    /**
     * Starts preparing the window's content on another thread, then starts the toolkit and opens
     * the window; returns when the window closes.
     */
    static void launch(StartupTrace trace) {
        launchTrace = trace;
        ExplorerPreferences preferences = new ExplorerPreferences(ExplorerPreferences.defaultFile());
        // before anything builds a text: the language chosen last time, else the system's
        preferences.language().ifPresent(Language::use);
        launchPrepared = PreparedWindow.inBackground(preferences, trace);
        Application.launch(ExplorerApplication.class);
    }

    @Override
    public void start(Stage primaryStage) {
        StartupTrace trace = launchTrace;
        trace.mark("FX toolkit up");
        this.stage = primaryStage;
        PreparedWindow prepared = launchPrepared == null
                ? PreparedWindow.prepare(new ExplorerPreferences(ExplorerPreferences.defaultFile()), trace)
                : joined(launchPrepared);
        trace.mark("prepared content ready");
        preferences = prepared.preferences();
        ExplorerFactory factory = prepared.factory();
        window = factory.stagedWindow(prepared.viewModel(), preferences.theme());
        restoreView(window);
        reopenLesson(window, preferences);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(preferences.width(), screen.getWidth()),
                Math.min(preferences.height(), screen.getHeight()));
        showTitle();
        new LanguageSwitch(factory, scene, preferences::rememberLanguage, next -> {
            window = next;
            showTitle();
        }).attach(window);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        int problems = factory.catalog().problems().size();
        if (problems > 0) {
            window.report(problems + " preset file" + (problems == 1 ? "" : "s")
                    + " could not be read: " + factory.catalog().problems().get(0).message());
        }
        // a damaged preferences file was set aside while it was read: said here, once
        preferences.problem().ifPresent(p -> {
            window.report(p.message());
            System.err.println("memwall-explorer: " + p.message());
        });
        trace.mark("scene built");
        afterPulses(scene, PULSES_UNTIL_ON_SCREEN, () -> {
            trace.mark("first frame rendered");
            window.buildControls();
            trace.mark("controls built");
            afterPulses(scene, PULSES_UNTIL_ON_SCREEN, () -> {
                window.buildDashboard();
                trace.mark("tiles and charts built");
                if (!preferences.hintShown() && preferences.settings().isEmpty()) {
                    // a first run: no settings saved yet
                    window.showFirstRunHint();
                    preferences.rememberHintShown();
                }
                afterPulses(scene, PULSES_UNTIL_ON_SCREEN, () -> trace.mark("explorer complete"));
            });
        });
        stage.show();
        trace.mark("stage shown");
        window.animation().start();
        // Opens moving: the first thing a class sees is the data flowing.
        window.animation().playingProperty().set(true);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.animation().stop();
            preferences.remember(stage.getWidth(), stage.getHeight(), window.themeProperty().get(), window.viewModel().settings());
            preferences.rememberView(window.exportFolderProperty().get(), window.presenter().restingZoom(),
                    window.presenter().scaleProperty().get());
            window.lessons().ifPresent(l -> preferences.rememberLesson(window.guide().currentProperty().get()
                    .map(s -> new ExplorerPreferences.OpenScenario(s.id(), window.guide().stepProperty().get())), l.costs()));
            preferences.save().ifPresent(System.err::println);
        }
    }

    /** The last export folder and the scales, as the window was left. */
    private void restoreView(ExplorerWindow w) {
        w.exportFolderProperty().set(preferences.exportFolder());
        w.zoomProperty().set(Math.max(0.75, Math.min(2, preferences.zoom())));
        w.presenter().scaleProperty().set(Math.max(1.25, Math.min(2, preferences.presenterScale())));
    }

    /**
     * The scenario and step on screen when the window last closed, then the settings it closed with
     * (a slider moved after the step shows as a change from it) and the cost choice.
     */
    static void reopenLesson(ExplorerWindow window, ExplorerPreferences preferences) {
        var closedWith = window.viewModel().settings();
        preferences.scenario().ifPresent(open -> {
            if (window.guide().scenarios().stream().anyMatch(s -> s.id().equals(open.id()))) {
                window.guide().choose(open.id(), open.step());
                window.viewModel().update(org.memwall.ui.model.Setting.HARDWARE, s -> closedWith);
            }
        });
        window.lessons().ifPresent(l -> preferences.costs().ifPresent(l.costsProperty()::set));
    }

    /** The window's title in the language views are built in now. */
    private void showTitle() {
        stage.setTitle(Messages.of(ExplorerApplication.class).get("window.title"));
    }

    /** Runs {@code action} right after the {@code count}-th pulse from now, outside that pulse. */
    private static void afterPulses(Scene scene, int count, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int seen;

            @Override
            public void run() {
                if (++seen == count) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }

    private static PreparedWindow joined(CompletableFuture<PreparedWindow> prepared) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
