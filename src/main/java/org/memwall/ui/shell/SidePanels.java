package org.memwall.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.memwall.ui.charts.ChartHost;
import org.memwall.ui.tiles.CompactTiles;
import org.memwall.ui.tiles.DashboardTiles;

/**
 * What goes beside and below the canvas at the window's (scaled) size: the left panel or none
 * (presenter mode folds it), the tiles or their column of text below {@value ExplorerWindow#COMPACT_TILES_BELOW}
 * px, and the charts' height (more when they share tabs, so the plot in front stays readable). A
 * control reached with Tab below the left panel's fold scrolls into view.
 */
final class SidePanels {
    private static final double TILES_WIDTH = 360;

    private final BorderPane window;
    private final ChartHost charts;
    private final ScrollPane left = new ScrollPane();
    private final Region tilesSpace = new Region();
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(this, "controlsShown", true);
    private DashboardTiles tiles;
    /** The tiles as shown wide: with the lesson readouts below them when there are lessons. */
    private Node tilesWide;
    private ScrollPane compactScroll;
    private boolean presenting;

    SidePanels(BorderPane window, ChartHost charts) {
        this.window = window;
        this.charts = charts;
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setId("controls-scroll");
        left.getStyleClass().add("mw-left");
        left.setPrefWidth(260);
        left.setMinWidth(230);
        // holds the tiles' width so the canvas does not jump when they arrive
        BorderPane.setMargin(tilesSpace, new Insets(6));
        window.widthProperty().addListener((obs, old, now) -> relayout());
        window.heightProperty().addListener((obs, old, now) -> fitCharts());
        charts.widthProperty().addListener((obs, old, now) -> fitCharts());
        controlsShown.addListener((obs, old, now) -> relayout());
    }

    BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    void setControls(Node controls) {
        left.setContent(controls);
    }

    void setTiles(DashboardTiles built, Node shownWide) {
        tiles = built;
        tilesWide = shownWide;
        BorderPane.setMargin(shownWide, new Insets(6));
        CompactTiles compact = new CompactTiles(built);
        // a short window scrolls the column rather than making the whole window taller
        compactScroll = new ScrollPane(compact);
        compactScroll.setId("tiles-compact-scroll");
        compactScroll.getStyleClass().add("mw-compact-scroll");
        compactScroll.setFitToWidth(true);
        compactScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        compactScroll.setMinHeight(0);
        BorderPane.setMargin(compactScroll, new Insets(6, 6, 6, 0));
        relayout();
    }

    void setPresenting(boolean now) {
        presenting = now;
        relayout();
    }

    boolean tilesCompact() {
        return presenting || window.getWidth() < ExplorerWindow.COMPACT_TILES_BELOW;
    }

    void relayout() {
        window.setLeft(controlsShown.get() ? left : null);
        boolean compact = tilesCompact();
        if (tiles == null) {
            tilesSpace.setPrefWidth(compact ? CompactTiles.WIDTH : TILES_WIDTH);
            tilesSpace.setMinWidth(compact ? CompactTiles.WIDTH : 320);
            window.setRight(tilesSpace);
        } else {
            window.setRight(compact ? compactScroll : tilesWide);
        }
        fitCharts();
    }

    /** A third of the height for side-by-side charts; more when they share tabs. */
    private void fitCharts() {
        double h = window.getHeight();
        boolean tabs = charts.usesTabsAt(charts.getWidth());
        charts.setPrefHeight(tabs ? Math.min(Math.max(0.45 * h, 320), 0.55 * h) : Math.max(0.34 * h, 250));
    }

    void scrollIntoView(Node focus) {
        Node content = left.getContent();
        if (focus == null || content == null) {
            return;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == content) {
                Bounds b = content.sceneToLocal(focus.localToScene(focus.getLayoutBounds()));
                double viewport = left.getViewportBounds().getHeight();
                double scrollable = content.getLayoutBounds().getHeight() - viewport;
                if (scrollable <= 0) {
                    return;
                }
                double top = left.getVvalue() * scrollable;
                if (b.getMinY() < top) {
                    left.setVvalue(Math.max(0, b.getMinY() - 8) / scrollable);
                } else if (b.getMaxY() > top + viewport) {
                    left.setVvalue(Math.min(scrollable, b.getMaxY() + 8 - viewport) / scrollable);
                }
                return;
            }
        }
    }
}
