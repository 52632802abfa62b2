package org.memwall.ui.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.text.Text;

/**
 * Horizontal stacked bars with each bar's total written at its end, so a chip whose bar is a
 * sliver beside another's hundred-times-longer one still shows its number. A label that would
 * run past the plot goes inside its bar's end instead.
 */
final class ValueLabelledBars extends StackedBarChart<Number, String> {
    static final String LABEL_CLASS = "mw-bar-value";
    private final Map<String, Text> labels = new LinkedHashMap<>();
    private final Map<String, Double> totals = new LinkedHashMap<>();

    ValueLabelledBars(ValueAxis<Number> values, CategoryAxis categories) {
        super(values, categories);
    }

    /** One label per category: the bar's total (in axis units) and its text. */
    void setValueLabels(Map<String, Double> totalsByCategory, Map<String, String> textByCategory) {
        if (!labels.keySet().equals(totalsByCategory.keySet())) {
            getPlotChildren().removeAll(labels.values());
            labels.clear();
            for (String c : totalsByCategory.keySet()) {
                Text t = new Text();
                t.getStyleClass().add(LABEL_CLASS);
                t.setStyle("-fx-fill: -mw-text;");
                t.setManaged(false);
                labels.put(c, t);
                getPlotChildren().add(t);
            }
        }
        totals.clear();
        totals.putAll(totalsByCategory);
        textByCategory.forEach((c, s) -> {
            Text t = labels.get(c);
            if (t != null && !s.equals(t.getText())) {
                t.setText(s);
            }
        });
        requestChartLayout();
    }

    /** The label shown for a category (tests read it). */
    String valueLabel(String category) {
        Text t = labels.get(category);
        return t == null ? null : t.getText();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        ValueAxis<Number> x = (ValueAxis<Number>) getXAxis();
        CategoryAxis y = (CategoryAxis) getYAxis();
        double plotWidth = x.getWidth();
        labels.forEach((category, t) -> {
            Double total = totals.get(category);
            if (total == null || !y.getCategories().contains(category)) {
                t.setVisible(false);
                return;
            }
            t.setVisible(true);
            double end = x.getDisplayPosition(total);
            double width = t.getLayoutBounds().getWidth();
            double left = end + 4 + width <= plotWidth ? end + 4 : Math.max(2, end - 4 - width);
            double centre = y.getDisplayPosition(category);
            t.relocate(left, centre - t.getLayoutBounds().getHeight() / 2);
            t.toFront();
        });
    }
}
