package org.memwall.ui.tiles;

import static org.memwall.ui.tiles.TileSetters.decimals;
import static org.memwall.ui.tiles.TileSetters.description;
import static org.memwall.ui.tiles.TileSetters.title;
import static org.memwall.ui.tiles.TileSetters.unit;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.OptionalDouble;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.VBox;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.theme.Palette;
import org.memwall.ui.theme.StyleClasses;

/**
 * The dashboard on the right: six TilesFX tiles, each a number the core computed for the main
 * chip, with the compared chips' numbers written underneath. Nothing here computes physics; the
 * only choice made is which memory level's gauge to show (the busiest one).
 */
public final class DashboardTiles extends GridPane {
    public static final String SPEED = "tile-speed";
    public static final String ENERGY = "tile-energy";
    public static final String BANDWIDTH = "tile-bandwidth";
    public static final String COMPUTE = "tile-compute";
    public static final String CHIPS = "tile-chips";
    public static final String COST = "tile-cost";
    /** Style class of a tile's card that a scenario step points at. */
    public static final String HIGHLIGHTED = "mw-highlighted";
    /** TilesFX's rounded tile corner, so the card behind tile and note has the same outline. */
    private static final double CARD_RADIUS = 8;
    /** Below this a gauge's percentage would read "0.0": it reads "<0.1" and says why instead. */
    static final double SMALLEST_SHOWN_PERCENT = 0.1;
    private static final DecimalFormat LESS_THAN_SMALLEST = new DecimalFormat("'<'0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final ExplorerViewModel viewModel;
    /** The texts in the language the window is built in. */
    private final Messages m = Messages.of(DashboardTiles.class);
    private final Tile speed;
    private final Tile energy;
    private final Tile bandwidth;
    private final Tile compute;
    private final Tile chips;
    private final Tile cost;
    /** Under each tile: the compared chips' numbers, one line per chip (or a total for one chip). */
    private final List<Label> notes = new ArrayList<>();
    /** Tile plus note, painted as one card in the tiles' colour. */
    private final List<VBox> cells = new ArrayList<>();
    private Palette palette;
    private final ReadOnlyObjectWrapper<List<Readout>> readouts = new ReadOnlyObjectWrapper<>(this, "readouts", List.of());
    private java.util.Set<String> highlighted = java.util.Set.of();
    /** What the chips of a result cost: the chip preset's price unless told otherwise. */
    private Function<Result, OptionalDouble> hardwareCost = Result::hardwareCostUsd;

    public DashboardTiles(ExplorerViewModel viewModel, Palette palette) {
        this.viewModel = viewModel;
        this.palette = palette;
        getStyleClass().add(StyleClasses.TILE_PANEL);
        setId("tiles");
        setHgap(8);
        setVgap(8);
        speed = number(SPEED, m.get("speed.title"), m.get("speed.tip"));
        energy = number(ENERGY, m.get("energy.title"), m.get("energy.tip"));
        bandwidth = gauge(BANDWIDTH, m.get("memory.title"), m.format("memory.tip"));
        compute = gauge(COMPUTE, m.get("compute.title"), m.get("compute.tip"));
        chips = number(CHIPS, m.get("chips.title"), m.get("chips.tip"));
        cost = number(COST, m.get("cost.title"), m.get("cost.tip"));
        List<Tile> all = List.of(speed, energy, bandwidth, compute, chips, cost);
        for (int i = 0; i < all.size(); i++) {
            // The note sits under the tile inside one card, not on top of it: on a short tile an
            // overlaid note covered the gauge's scale.
            VBox cell = new VBox(all.get(i), note(all.get(i).getId()));
            VBox.setVgrow(all.get(i), Priority.ALWAYS);
            cells.add(cell);
            cell.setMinSize(0, 0);
            add(cell, i % 2, i / 2);
            GridPane.setHgrow(cell, Priority.ALWAYS);
            GridPane.setVgrow(cell, Priority.ALWAYS);
        }
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 3; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / 3);
            getRowConstraints().add(rc);
        }
        viewModel.resultsProperty().addListener((obs, old, now) -> update());
        viewModel.staleProperty().addListener((obs, old, now) -> colour());
        colour();
        update();
    }

    public void setPalette(Palette palette) {
        this.palette = palette;
        colour();
        highlight(highlighted);
    }

    /**
     * Prices the chips another way (a price basis chosen in the window) and shows the cost tile again;
     * empty for a chip with no price on that basis.
     */
    public void priceWith(Function<Result, OptionalDouble> cost) {
        hardwareCost = Objects.requireNonNull(cost, "cost");
        update();
    }

    /**
     * Outlines the tiles with these ids (a scenario step pointing at them) in the colour of data on
     * its way to compute; every other tile loses its outline.
     */
    public void highlight(java.util.Set<String> tileIds) {
        highlighted = java.util.Set.copyOf(tileIds);
        javafx.scene.layout.Border ring = new javafx.scene.layout.Border(new javafx.scene.layout.BorderStroke(
                palette.flowRead(), javafx.scene.layout.BorderStrokeStyle.SOLID, new CornerRadii(CARD_RADIUS),
                new javafx.scene.layout.BorderWidths(3)));
        for (VBox cell : cells) {
            boolean on = highlighted.contains(cell.getChildren().get(0).getId());
            cell.setBorder(on ? ring : null);
            if (on && !cell.getStyleClass().contains(HIGHLIGHTED)) {
                cell.getStyleClass().add(HIGHLIGHTED);
            } else if (!on) {
                cell.getStyleClass().remove(HIGHLIGHTED);
            }
        }
    }

    /** What each tile shows, as text, in tile order: the compact column shows these. */
    public ReadOnlyObjectProperty<List<Readout>> readoutsProperty() {
        return readouts.getReadOnlyProperty();
    }

    public Palette palette() {
        return palette;
    }

    private void publish() {
        List<Readout> out = new ArrayList<>();
        for (Tile t : List.of(speed, energy, bandwidth, compute, chips, cost)) {
            Label note = notes.stream().filter(l -> l.getId().equals(t.getId() + "-note")).findFirst().orElseThrow();
            out.add(new Readout(t.getId(), t.getTitle(), valueText(t), t.getDescription(), note.getText(),
                    t.getTooltipText(), viewModel.staleProperty().get()));
        }
        readouts.set(List.copyOf(out));
    }

    /** The number as the tile writes it, with its unit. */
    static String valueText(Tile t) {
        if (!t.isValueVisible()) {
            return "–";
        }
        String number = t.getCustomDecimalFormatEnabled() ? t.getCustomDecimalFormat().format(t.getValue())
                : String.format(Locale.ROOT, "%." + t.getDecimals() + "f", t.getValue());
        String unit = t.getUnit() == null ? "" : t.getUnit();
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** A share of peak in a gauge; a share too small for one decimal reads "<0.1" rather than "0.0". */
    private static void percent(Tile t, double percent) {
        boolean tiny = percent > 0 && percent < SMALLEST_SHOWN_PERCENT;
        if (t.getCustomDecimalFormatEnabled() != tiny) {
            t.setCustomDecimalFormat(LESS_THAN_SMALLEST);
            t.setCustomDecimalFormatEnabled(tiny);
        }
        t.setValue(tiny ? SMALLEST_SHOWN_PERCENT : percent);
    }

    /** The second line of a gauge whose share is too small to read: what the chip waits on instead. */
    private String tinyWhy(Result r, double percent) {
        return percent > 0 && percent < SMALLEST_SHOWN_PERCENT
                ? "\n" + m.format("tiny.description", m.get("bound." + r.bound().id())) : "";
    }

    private void update() {
        List<Result> results = viewModel.results();
        if (results.isEmpty()) {
            return;
        }
        Result main = results.get(0);
        List<Result> others = results.subList(1, results.size());

        double perUser = main.tokensPerSecondPerUser();
        decimals(speed, perUser < 10 ? 2 : perUser < 100 ? 1 : 0);
        speed.setValue(perUser);
        unit(speed, "");
        description(speed, m.format("speed.description", fidelity(main.fidelity())));
        note(speed, others.isEmpty()
                ? m.format("speed.note.total", Units.number(main.tokensPerSecond()), main.batch())
                : TileFigures.compare(others, r -> Units.number(r.tokensPerSecondPerUser()) + " tok/s"));

        EnergyTile.show(energy, m, main, others, viewModel.fidelity().energyFidelity(), text -> note(energy, text));

        MemoryLevel busiest = TileFigures.busiestLevel(main);
        title(bandwidth, busiest.name().length() <= 14 ? busiest.name() : kindName(busiest));
        double memoryPercent = 100 * main.bandwidthUtilisation(busiest.name());
        percent(bandwidth, memoryPercent);
        description(bandwidth, m.format("memory.description", Units.bytesPerSecond(busiest.bandwidthBytesPerSecond()))
                + tinyWhy(main, memoryPercent));
        note(bandwidth, others.isEmpty() ? m.get("note.share") : TileFigures.compare(others, r -> {
            MemoryLevel l = TileFigures.busiestLevel(r);
            return TileFigures.share(100 * r.bandwidthUtilisation(l.name()), "%.0f%%") + " " + kindName(l);
        }));

        double computePercent = 100 * main.computeUtilisation();
        percent(compute, computePercent);
        description(compute, m.format("compute.description", m.get("bound." + main.bound().id())));
        note(compute, others.isEmpty() ? m.get("note.share") : TileFigures.compare(others, r -> TileFigures.share(100 * r.computeUtilisation(), "%.1f%%")));

        decimals(chips, 0);
        chips.setValue(main.chipsNeeded());
        unit(chips, "");
        int expertGroups = main.parallelism().expertParallel();
        description(chips, expertGroups > 1
                ? m.format("chips.description.experts", main.parallelism().tensorParallel(), expertGroups,
                        main.parallelism().pipelineStages())
                : m.format("chips.description",
                        main.chips(), main.parallelism().tensorParallel(), main.parallelism().pipelineStages()));
        note(chips, others.isEmpty() ? "" : TileFigures.compare(others, r -> Integer.toString(r.chipsNeeded())));

        OptionalDouble mainCost = hardwareCost.apply(main);
        boolean priced = mainCost.isPresent();
        if (cost.isValueVisible() != priced) {
            cost.setValueVisible(priced);
        }
        if (priced) {
            double usd = mainCost.getAsDouble() / main.tokensPerSecond();
            decimals(cost, usd < 10 ? 2 : 0);
            cost.setValue(usd);
            unit(cost, "");
            description(cost, m.format("cost.description",
                    Units.number(mainCost.getAsDouble()), Units.number(main.tokensPerSecond())));
        } else {
            cost.setValue(0);
            unit(cost, "");
            description(cost, m.format("cost.description.unpriced", ChipNames.shortName(main.hardware())));
        }
        note(cost, others.isEmpty() ? "" : TileFigures.compare(others, r -> hardwareCost.apply(r).isPresent()
                ? "USD " + Units.number(hardwareCost.apply(r).getAsDouble() / r.tokensPerSecond()) : m.get("cost.note.unpriced")));
        publish();
    }

    /** "SRAM" rather than "activation and KV buffer SRAM": the note under a gauge has one short line per chip. */
    private String kindName(MemoryLevel level) {
        return switch (level.kind()) {
            case OFF_CHIP_DRAM -> "HBM";
            case ON_CHIP_SRAM -> "SRAM";
            case CIM_ARRAY -> m.get("kind.cim");
        };
    }

    /** "±12% vs published (4 runs)" or "not validated", as the core's label says it, in the window's language. */
    private String fidelity(Fidelity f) {
        if (!f.validated()) {
            return m.get("fidelity.none");
        }
        return m.format("fidelity.validated", f.medianErrorFraction().getAsDouble() * 100, f.runs());
    }

    /** The line under a tile is a plain label: it never resizes the tile and TilesFX never redraws for it. */
    private void note(Tile t, String text) {
        Label note = notes.stream().filter(l -> l.getId().equals(t.getId() + "-note")).findFirst().orElseThrow();
        note.setText(text);
    }

    private Label note(String tileId) {
        Label l = new Label();
        l.setId(tileId + "-note");
        l.getStyleClass().add(StyleClasses.TILE_NOTE);
        l.setMouseTransparent(true);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setPadding(new Insets(0, 8, 6, 9));
        l.setAlignment(Pos.BOTTOM_LEFT);
        // A constant preferred width: a new number never changes the cell's size or the grid's layout.
        l.setMinSize(0, Region.USE_PREF_SIZE);
        l.setPrefWidth(10);
        l.setMaxWidth(Double.MAX_VALUE);
        notes.add(l);
        return l;
    }

    private void colour() {
        boolean stale = viewModel.staleProperty().get();
        for (Tile t : List.of(speed, energy, bandwidth, compute, chips, cost)) {
            t.setBackgroundColor(palette.surface());
            t.setTitleColor(palette.text());
            t.setDescriptionColor(palette.mutedText());
            t.setTextColor(palette.mutedText());
            t.setUnitColor(palette.mutedText());
            t.setForegroundBaseColor(palette.text());
            t.setValueColor(stale ? palette.mutedText() : palette.text());
            t.setNeedleColor(palette.text());
            t.setBarBackgroundColor(palette.border());
            if (stale) {
                if (!t.getStyleClass().contains(StyleClasses.STALE)) {
                    t.getStyleClass().add(StyleClasses.STALE);
                }
            } else {
                t.getStyleClass().remove(StyleClasses.STALE);
            }
        }
        speed.setBarColor(palette.compute());
        bandwidth.setBarColor(palette.hbm());
        compute.setBarColor(palette.compute());
        bandwidth.setThresholdColor(palette.warning());
        compute.setThresholdColor(palette.warning());
        notes.forEach(l -> l.setTextFill(palette.mutedText()));
        Background card = new Background(new BackgroundFill(palette.surface(), new CornerRadii(CARD_RADIUS), Insets.EMPTY));
        cells.forEach(c -> c.setBackground(card));
        setOpacity(stale ? 0.55 : 1);
        publish();
    }

    private Tile number(String id, String title, String explanation) {
        Tile t = TileBuilder.create()
                .skinType(SkinType.NUMBER)
                .title(title)
                .descriptionAlignment(Pos.BASELINE_LEFT)
                .text("")
                .textVisible(true)
                .animated(false)
                .tooltipText(explanation)
                .roundedCorners(true)
                .build();
        prepare(t, id);
        return t;
    }

    private Tile gauge(String id, String title, String explanation) {
        Tile t = TileBuilder.create()
                .skinType(SkinType.GAUGE)
                .title(title)
                .unit("%")
                .minValue(0)
                .maxValue(100)
                .decimals(1)
                .tickLabelDecimals(0)
                .threshold(90)
                .thresholdVisible(false)
                .text("")
                .textVisible(true)
                .animated(false)
                .tooltipText(explanation)
                .roundedCorners(true)
                .build();
        prepare(t, id);
        return t;
    }

    private static void prepare(Tile t, String id) {
        t.setId(id);
        t.setMinSize(130, 120);
        t.setPrefSize(160, 160);
        t.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }
}
