package org.memwall.ui.charts;

import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A chart that can give its title to the {@link ChartHost}'s tab: in a tab it hides its own title
 * row (the tab says the same, units included) and its plot gets that height. Optional: a chart
 * that does not implement it keeps its title and the tab shows its title key's text.
 */
public interface HostedChart {
    /** The chart's title with its unit ("Time per token (ms)"). */
    ReadOnlyStringProperty headingProperty();

    /** Whether the chart draws its own title row. */
    void setHeadingShown(boolean shown);
}
