package org.memwall.ui.lessons;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.economics.PriceBasis;
import org.memwall.lessons.CostSettings;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.Setting;
import org.memwall.ui.model.LessonViewModel;

/**
 * The two settings the capacity dispute turns on: the price basis (what a buyer pays, or what the
 * parts cost) and the concurrent-streams slider, how many sequences an SRAM dataflow pipeline keeps
 * in flight at once (1 to 128 on a log scale; a pipeline holds at most one per stage).
 */
public final class CostControls extends VBox {
    static final int MAX_STREAMS_ON_SLIDER = 128;
    static final String STYLESHEET = "/org/memwall/ui/lessons/lessons.css";
    private final Messages m = Messages.of(CostControls.class);
    private final LessonViewModel lessons;
    private final ToggleButton list = new ToggleButton(m.get("basis.list"));
    private final ToggleButton bom = new ToggleButton(m.get("basis.bom"));
    private final Slider streams = new Slider(0, Math.log(MAX_STREAMS_ON_SLIDER) / Math.log(2), 0);
    private final Label streamsValue = new Label();
    private boolean quiet;

    public CostControls(LessonViewModel lessons) {
        super(3);
        getStylesheets().add(java.util.Objects.requireNonNull(CostControls.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        this.lessons = lessons;
        setId("cost-controls");
        getStyleClass().add("mw-cost-controls");
        Label title = new Label(m.get("costs.title"));
        title.getStyleClass().add("mw-section-title");
        ToggleGroup group = new ToggleGroup();
        list.setToggleGroup(group);
        bom.setToggleGroup(group);
        list.setId("basis-list");
        bom.setId("basis-bom");
        list.setTooltip(new Tooltip(m.get("basis.list.tip")));
        bom.setTooltip(new Tooltip(m.get("basis.bom.tip")));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (!quiet) {
                lessons.costsProperty().set(lessons.costs().withBasis(now == bom ? PriceBasis.BOM : PriceBasis.LIST));
            }
        });
        Label basis = new Label(m.get("basis.title"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox basisRow = new HBox(4, basis, gap, list, bom);
        basisRow.setAlignment(Pos.CENTER_LEFT);

        streams.setId("streams-slider");
        streams.setBlockIncrement(1);
        streams.setMajorTickUnit(1);
        streams.setMinorTickCount(0);
        streams.setSnapToTicks(false);
        streamsValue.setId("streams-value");
        streamsValue.getStyleClass().add("mw-slider-value");
        Tooltip tip = new Tooltip(m.get("streams.tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        streams.setTooltip(tip);
        streams.valueProperty().addListener((obs, old, now) -> {
            int n = streamsAt(now.doubleValue());
            streamsValue.setText(Integer.toString(n));
            if (!quiet && n != lessons.explorer().settings().concurrentStreams()) {
                lessons.explorer().update(Setting.STREAMS, s -> s.withConcurrentStreams(n));
            }
        });
        Label streamsTitle = new Label(m.get("streams.title"));
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox streamsHead = new HBox(6, streamsTitle, gap2, streamsValue);
        streamsHead.setAlignment(Pos.BASELINE_LEFT);
        VBox streamsRow = new VBox(1, streamsHead, streams);
        streamsRow.getStyleClass().add("mw-slider-row");
        streamsRow.setId("streams");
        Tooltip.install(streamsRow, tip);
        getChildren().addAll(title, basisRow, streamsRow);
        lessons.costsProperty().addListener((obs, old, now) -> show());
        lessons.explorer().settingsProperty().addListener((obs, old, now) -> show());
        show();
    }

    /** Whole streams for a slider position (log2 scale). */
    static int streamsAt(double position) {
        return Math.max(1, Math.min(CostSettings.MAX_STREAMS, (int) Math.round(Math.pow(2, position))));
    }

    private void show() {
        quiet = true;
        try {
            (lessons.costs().basis() == PriceBasis.BOM ? bom : list).setSelected(true);
            int n = lessons.explorer().settings().concurrentStreams();
            double position = Math.log(Math.min(n, MAX_STREAMS_ON_SLIDER)) / Math.log(2);
            if (streamsAt(streams.getValue()) != n) {
                streams.setValue(position);
            }
            streamsValue.setText(Integer.toString(n));
        } finally {
            quiet = false;
        }
    }

    Slider streamsSlider() {
        return streams;
    }

    ToggleButton bomButton() {
        return bom;
    }

    ToggleButton listButton() {
        return list;
    }
}
