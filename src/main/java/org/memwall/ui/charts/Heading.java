package org.memwall.ui.charts;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.Chart;

/** A chart's title, drawn by the chart or left to a tab above it ({@link HostedChart}). */
final class Heading {
    private final Chart chart;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "heading", "");
    private boolean shown = true;

    Heading(Chart chart, String initial) {
        this.chart = chart;
        set(initial);
    }

    ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }

    String get() {
        return text.get();
    }

    /** A new title; the chart redraws only when it changed. */
    void set(String heading) {
        text.set(heading);
        apply();
    }

    void setShown(boolean shown) {
        this.shown = shown;
        apply();
    }

    private void apply() {
        String title = shown ? text.get() : null;
        if (!java.util.Objects.equals(title, chart.getTitle())) {
            chart.setTitle(title);
        }
    }
}
