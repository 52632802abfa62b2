package org.memwall.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window so the jar starts without arguments; the explorer window replaces it. */
public class ExplorerApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Memory Wall Explorer");
        stage.setScene(new Scene(new Label("Memory Wall Explorer"), 480, 240));
        stage.show();
    }
}
