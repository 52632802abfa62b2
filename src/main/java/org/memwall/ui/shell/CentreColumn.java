package org.memwall.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.memwall.ui.charts.ChartHost;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.theme.StyleClasses;

/**
 * The window's middle column: the red banner that says why a setting cannot work, the notice line,
 * the canvas and the charts below it; on a first run, a hint across the top of the canvas.
 */
final class CentreColumn {
    private final Messages m = Messages.of(CentreColumn.class);
    private final VBox column;
    private final StackPane centre;

    CentreColumn(ExplorerViewModel viewModel, Node canvas, ChartHost charts) {
        Label banner = new Label();
        banner.getStyleClass().add(StyleClasses.BANNER);
        banner.setId("banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(viewModel.problemProperty());
        banner.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        Label notice = new Label();
        notice.getStyleClass().add(StyleClasses.NOTICE);
        notice.setId("notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty().and(viewModel.problemProperty().isEmpty()));
        notice.managedProperty().bind(notice.visibleProperty());

        centre = new StackPane(canvas);
        centre.getStyleClass().add(StyleClasses.CENTRE);
        centre.setMinSize(0, 160);
        // a small preferred height: the canvas takes what the charts leave, not the reverse
        centre.setPrefHeight(200);
        charts.setMinHeight(180);
        column = new VBox(6, banner, notice, centre, charts);
        column.getStyleClass().add("mw-middle");
        VBox.setVgrow(centre, Priority.ALWAYS);
        column.setPadding(new Insets(6));
    }

    VBox view() {
        return column;
    }

    /**
     * A hint for a first run, across the top of the canvas, pointing at the Scenarios menu, with a
     * button that opens the first scenario (a ControlsFX notification; it goes when answered).
     */
    void showHint(ScenarioGuide guide) {
        if (guide.scenarios().isEmpty() || centre.getParent() != column) {
            return;
        }
        NotificationPane hint = new NotificationPane();
        hint.setId("first-run-hint");
        column.getChildren().set(column.getChildren().indexOf(centre), hint);
        hint.setContent(centre);
        VBox.setVgrow(hint, Priority.ALWAYS);
        hint.setMinSize(0, 160);
        hint.setPrefHeight(200);
        hint.setShowFromTop(true);
        hint.setCloseButtonVisible(true);
        hint.setText(m.get("hint.text"));
        Button open = new Button(m.get("hint.open"));
        open.setId("hint-open");
        open.setOnAction(e -> {
            hint.hide();
            guide.next();
        });
        hint.setGraphic(open);
        // the pane's skin plays the bar in when "showing" changes: shown before the skin exists
        // (the pane just placed, not yet laid out) it would never appear
        hint.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && old == null) {
                hint.show();
            }
        });
    }
}
