package org.memwall.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.memwall.ui.charts.ChartHost;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.theme.StyleClasses;

/**
 * The window's middle column: the red banner that says why a setting cannot work, the notice line,
 * the canvas and the charts below it.
 */
final class CentreColumn {
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
}
