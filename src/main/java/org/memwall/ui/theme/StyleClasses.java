package org.memwall.ui.theme;

/** Style-class names shared by Java code and the component stylesheets. */
public final class StyleClasses {
    private StyleClasses() {
    }

    public static final String WINDOW = "mw-window";
    public static final String CONTROL_PANEL = "mw-control-panel";
    public static final String SECTION_TITLE = "mw-section-title";
    public static final String SLIDER_ROW = "mw-slider-row";
    public static final String SLIDER_VALUE = "mw-slider-value";
    public static final String HINT = "mw-hint";
    public static final String TOOLBAR = "mw-toolbar";
    public static final String CLOCK = "mw-clock";
    public static final String BANNER = "mw-banner";
    /** The plot area of a chart drawn by hand (a canvas), as .chart-plot-background is of a JavaFX chart. */
    public static final String PLOT_AREA = "mw-plot-area";
    /** A line above the canvas about results that did run (not a refusal: no red). */
    public static final String NOTICE = "mw-notice";
    public static final String CENTRE = "mw-centre";
    public static final String TILE_PANEL = "mw-tile-panel";
    public static final String TILE_NOTE = "mw-tile-note";
    public static final String CHART_PANEL = "mw-chart-panel";
    public static final String CHART = "mw-chart";
    public static final String STALE = "mw-stale";
    public static final String BOUND_COMPUTE = "mw-bound-compute";
    public static final String BOUND_MEMORY = "mw-bound-memory";
    public static final String BOUND_LINK = "mw-bound-link";
    public static final String BOUND_LATENCY = "mw-bound-latency";
    public static final String ENERGY_COMPUTE = "mw-energy-compute";
    public static final String ENERGY_MOVEMENT = "mw-energy-movement";
}
