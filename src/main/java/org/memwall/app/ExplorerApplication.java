package org.memwall.app;

import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.memwall.ui.shell.ExplorerWindow;

/**
 * The explorer window. Builds the presets, the simulator and the views once at start-up and
 * remembers the window's size, theme and scenario when it closes.
 */
public class ExplorerApplication extends Application {
    private ExplorerPreferences preferences;
    private ExplorerWindow window;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        preferences = new ExplorerPreferences(ExplorerPreferences.defaultFile());
        ExplorerFactory factory = ExplorerFactory.load(Optional.empty());
        window = factory.window(factory.usable(preferences.settings()), preferences.theme());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(preferences.width(), screen.getWidth()),
                Math.min(preferences.height(), screen.getHeight()));
        stage.setTitle("Memory Wall Explorer");
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        int problems = factory.catalog().problems().size();
        if (problems > 0) {
            window.report(problems + " preset file" + (problems == 1 ? "" : "s")
                    + " could not be read: " + factory.catalog().problems().get(0).message());
        }
        stage.show();
        window.animation().start();
        // Opens moving: the first thing a class sees is the data flowing.
        window.animation().playingProperty().set(true);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.animation().stop();
            preferences.remember(stage.getWidth(), stage.getHeight(), window.themeProperty().get(), window.viewModel().settings());
            preferences.save().ifPresent(System.err::println);
        }
    }
}
