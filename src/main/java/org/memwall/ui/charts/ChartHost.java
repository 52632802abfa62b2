package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * The place below the canvas that holds any number of charts. While every chart gets at least
 * {@link #MIN_CHART_WIDTH} they stand side by side; when there are more charts than fit, the last
 * column is a tab pane holding the rest; on a narrow window every chart is a tab, one large chart
 * at a time.
 *
 * <p>A chart that implements {@link HostedChart} gives its title to its tab while it is in one.
 *
 * <p>The whole API: {@link #add(String, String, Node)} a chart with an id, the key of its tab title
 * and its node; {@link #select(String)} one by id (it comes to the front if it is in a tab);
 * {@link #selectedProperty()} says which chart is in front of the tabs. Charts keep the order they
 * were added in.
 */
public final class ChartHost extends Region {
    /** Narrower than this, a chart's plot area gets too small to read: the host uses tabs instead. */
    public static final double MIN_CHART_WIDTH = 400;
    public static final double GAP = 8;
    /** Style class of the tab pane, for the stylesheet and for tests. */
    public static final String TABS = "mw-chart-tabs";

    private record Entry(String id, String title, Node chart, Tab tab) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final HBox row = new HBox(GAP);
    private final TabPane tabs = new TabPane();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");
    private final ReadOnlyBooleanWrapper allTabbed = new ReadOnlyBooleanWrapper(this, "allTabbed", false);
    /** Charts shown side by side at the last arrangement, -1 before the first. */
    private int columns = -1;
    private boolean arranging;

    public ChartHost() {
        getStyleClass().add(StyleClasses.CHART_PANEL);
        setId("charts");
        tabs.getStyleClass().add(TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        row.setMinSize(0, 0);
        row.setFillHeight(true);
        getChildren().add(row);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!arranging && now != null) {
                selected.set((String) now.getUserData());
            }
        });
    }

    /**
     * Adds a chart. Its tab title is {@code titleKey} in the messages bundle beside the chart's
     * class (the host's own bundle when that package has none).
     */
    public void add(String id, String titleKey, Node chart) {
        add(id, titleKey, chart, textsFor(chart));
    }

    /** Adds a chart whose tab title is {@code titleKey} in {@code texts}. */
    public void add(String id, String titleKey, Node chart, Messages texts) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chart, "chart");
        if (entry(id).isPresent()) {
            throw new IllegalArgumentException("a chart with id '" + id + "' is already in the host");
        }
        Tab tab = new Tab(texts.get(titleKey));
        tab.setId("tab-" + id);
        if (chart instanceof HostedChart hosted) {
            // the tab in front says what the chart's own title row said, units included; the others
            // keep their short names, so the row of tabs fits a projector's width
            String shortTitle = texts.get(titleKey);
            tab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> tab.isSelected() && !hosted.headingProperty().get().isEmpty() ? hosted.headingProperty().get() : shortTitle,
                    tab.selectedProperty(), hosted.headingProperty()));
        }
        tab.setUserData(id);
        if (chart instanceof Region r) {
            r.setMinSize(0, 0);
            r.setPrefWidth(100);
            HBox.setHgrow(r, Priority.ALWAYS);
        }
        entries.add(new Entry(id, texts.get(titleKey), chart, tab));
        if (selected.get().isEmpty()) {
            selected.set(id);
        }
        columns = -1;
        requestLayout();
    }

    /** Brings the chart with this id to the front of the tabs (a chart standing on its own is shown already). */
    public void select(String id) {
        Entry e = entry(id).orElseThrow(() -> new IllegalArgumentException("no chart with id '" + id + "' in the host"));
        selected.set(id);
        if (e.tab().getTabPane() == tabs) {
            tabs.getSelectionModel().select(e.tab());
        }
    }

    /** The id of the chart in front of the tabs, or chosen last when none is tabbed ("" while empty). */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while every chart is in one tab pane (the window is too narrow for two side by side). */
    public ReadOnlyBooleanProperty allTabbedProperty() {
        return allTabbed.getReadOnlyProperty();
    }

    /** The chart's title: its heading with the unit, or its tab's short title. */
    public String title(String id) {
        return entry(id).map(e -> e.chart() instanceof HostedChart h && !h.headingProperty().get().isEmpty()
                ? h.headingProperty().get() : e.title()).orElse(id);
    }

    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    public Optional<Node> chart(String id) {
        return entry(id).map(Entry::chart);
    }

    /** Whether the chart is in a tab now (its tab then shows its title). */
    public boolean inTab(String id) {
        return entry(id).map(e -> e.tab().getTabPane() != null).orElse(false);
    }

    /** Whether the chart is on screen now: standing on its own, or the tab in front. */
    public boolean showing(String id) {
        return entry(id).map(e -> e.tab().getTabPane() == null || tabs.getSelectionModel().getSelectedItem() == e.tab())
                .orElse(false);
    }

    /** Whether some charts would share tabs at this width. */
    public boolean usesTabsAt(double width) {
        return entries.size() > columnsFor(width, entries.size());
    }

    /** How many charts fit side by side in {@code width}: at least one, at most {@code count}. */
    static int columnsFor(double width, int count) {
        int fit = (int) Math.floor((width + GAP) / (MIN_CHART_WIDTH + GAP));
        return Math.max(1, Math.min(count, fit));
    }

    @Override
    protected void layoutChildren() {
        int wanted = columnsFor(getWidth() - snappedLeftInset() - snappedRightInset(), entries.size());
        if (wanted != columns) {
            arrange(wanted);
        }
        row.resizeRelocate(snappedLeftInset(), snappedTopInset(), getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    /** The first {@code k - 1} charts on their own, the rest in tabs; all on their own when they fit. */
    private void arrange(int k) {
        arranging = true;
        try {
            columns = k;
            List<Node> alone = new ArrayList<>();
            List<Tab> tabbed = new ArrayList<>();
            int ownColumns = k >= entries.size() ? entries.size() : k - 1;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                boolean own = i < ownColumns;
                if (own) {
                    e.tab().setContent(null);
                    alone.add(e.chart());
                } else {
                    tabbed.add(e.tab());
                }
                if (e.chart() instanceof HostedChart hosted) {
                    hosted.setHeadingShown(own);
                }
            }
            tabs.getTabs().setAll(tabbed);
            for (Tab t : tabbed) {
                entries.stream().filter(e -> e.tab() == t).findFirst().ifPresent(e -> t.setContent(e.chart()));
            }
            if (!tabbed.isEmpty()) {
                HBox.setHgrow(tabs, Priority.ALWAYS);
                tabs.setPrefWidth(100);
                alone.add(tabs);
                Tab front = entry(selected.get()).map(Entry::tab).filter(tabbed::contains).orElse(tabbed.get(0));
                tabs.getSelectionModel().select(front);
            }
            row.getChildren().setAll(alone);
            allTabbed.set(ownColumns == 0 && !entries.isEmpty());
        } finally {
            arranging = false;
        }
    }

    /** The tab pane, whether or not it is on screen now (tests). */
    TabPane tabPane() {
        return tabs;
    }

    private Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static Messages textsFor(Node chart) {
        try {
            return Messages.of(chart.getClass());
        } catch (MissingResourceException e) {
            return Messages.of(ChartHost.class);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 3 * MIN_CHART_WIDTH + 2 * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }
}
