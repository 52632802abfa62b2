package org.memwall.ui.tiles;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.sim.Energy;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
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

    private final ExplorerViewModel viewModel;
    private final Tile speed;
    private final Tile energy;
    private final Tile bandwidth;
    private final Tile compute;
    private final Tile chips;
    private final Tile cost;
    /** Under each tile: the compared chips' numbers, one line per chip (or a total for one chip). */
    private final List<Label> notes = new ArrayList<>();
    private Palette palette;

    public DashboardTiles(ExplorerViewModel viewModel, Palette palette) {
        this.viewModel = viewModel;
        this.palette = palette;
        getStyleClass().add(StyleClasses.TILE_PANEL);
        setId("tiles");
        setHgap(8);
        setVgap(8);
        speed = number(SPEED, "Speed",
                "How many tokens one user sees per second in decode: one over the time of a decode step.");
        energy = number(ENERGY, "Energy",
                "Energy to generate one token of one sequence, split into computing and moving data between memories and chips.");
        bandwidth = gauge(BANDWIDTH, "Memory",
                "Share of the busiest memory's peak bandwidth that decode keeps busy. Near 100% means the chip waits on memory.");
        compute = gauge(COMPUTE, "Compute",
                "Share of the matrix units' peak that decode reaches. Low means the units mostly wait for data.");
        chips = number(CHIPS, "Chips",
                "The fewest chips whose memory holds the model's weights and KV cache at these settings.");
        cost = number(COST, "Cost",
                "Hardware price of the chips used divided by the total tokens per second they generate.");
        List<Tile> all = List.of(speed, energy, bandwidth, compute, chips, cost);
        for (int i = 0; i < all.size(); i++) {
            StackPane cell = new StackPane(all.get(i), note(all.get(i).getId()));
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
        description(speed, "tokens/s per user\n" + main.fidelity().label());
        note(speed, others.isEmpty()
                ? String.format(Locale.ROOT, "%s tok/s in total at batch %d", Units.number(main.tokensPerSecond()), main.batch())
                : compare(others, r -> Units.number(r.tokensPerSecondPerUser()) + " tok/s"));

        Energy e = main.energy();
        double joules = e.joulesPerToken();
        boolean milli = joules < 1;
        decimals(energy, milli ? (joules < 0.01 ? 2 : 0) : 2);
        energy.setValue(milli ? joules * 1e3 : joules);
        unit(energy, milli ? "mJ" : "J");
        description(energy, String.format(Locale.ROOT, "per token\ncompute %.0f%%, moving data %.0f%%",
                100 * e.computeJoulesPerToken() / joules, 100 * e.dataMovementJoulesPerToken() / joules));
        note(energy, others.isEmpty() ? "per token, " + ChipNames.shortName(main.hardware())
                : compare(others, r -> Units.joules(r.energy().joulesPerToken())));

        MemoryLevel busiest = busiestLevel(main);
        title(bandwidth, busiest.name());
        bandwidth.setValue(100 * main.bandwidthUtilisation(busiest.name()));
        description(bandwidth, Units.bytesPerSecond(busiest.bandwidthBytesPerSecond()) + " peak per chip");
        note(bandwidth, others.isEmpty() ? "share of peak in use" : compare(others, r -> {
            MemoryLevel l = busiestLevel(r);
            return String.format(Locale.ROOT, "%.0f%% %s", 100 * r.bandwidthUtilisation(l.name()), kindName(l));
        }));

        compute.setValue(100 * main.computeUtilisation());
        description(compute, "bound by " + main.bound().id());
        note(compute, others.isEmpty() ? "share of peak in use" : compare(others, r -> String.format(Locale.ROOT, "%.1f%%", 100 * r.computeUtilisation())));

        decimals(chips, 0);
        chips.setValue(main.chipsNeeded());
        unit(chips, "");
        description(chips, String.format(Locale.ROOT, "needed to hold the model\nusing %d: %s-way tensor x %d stages",
                main.chips(), ways(main.parallelism().tensorParallel()), main.parallelism().pipelineStages()));
        note(chips, others.isEmpty() ? "" : compare(others, r -> Integer.toString(r.chipsNeeded())));

        boolean priced = main.costUsdPerTokenPerSecond().isPresent();
        if (cost.isValueVisible() != priced) {
            cost.setValueVisible(priced);
        }
        if (priced) {
            double usd = main.costUsdPerTokenPerSecond().getAsDouble();
            decimals(cost, usd < 10 ? 2 : 0);
            cost.setValue(usd);
            unit(cost, "");
            description(cost, String.format(Locale.ROOT, "USD per token/s\nchips cost USD %s for %s tok/s",
                    Units.number(main.hardwareCostUsd().getAsDouble()), Units.number(main.tokensPerSecond())));
        } else {
            cost.setValue(0);
            unit(cost, "");
            description(cost, "USD per token/s\nno price in the " + ChipNames.shortName(main.hardware()) + " preset");
        }
        note(cost, others.isEmpty() ? "" : compare(others, r -> r.costUsdPerTokenPerSecond().isPresent()
                ? "USD " + Units.number(r.costUsdPerTokenPerSecond().getAsDouble()) : "no price"));
    }

    /** "SRAM" rather than "activation and KV buffer SRAM": the note under a gauge has one short line per chip. */
    private static String kindName(MemoryLevel level) {
        return switch (level.kind()) {
            case OFF_CHIP_DRAM -> "HBM";
            case ON_CHIP_SRAM -> "SRAM";
            case CIM_ARRAY -> "CIM arrays";
        };
    }

    private static String ways(double tensorParallel) {
        return tensorParallel == Math.rint(tensorParallel)
                ? Long.toString(Math.round(tensorParallel)) : String.format(Locale.ROOT, "%.1f", tensorParallel);
    }

    /** The memory level decode keeps busiest: where the chip waits, if it waits on memory. */
    static MemoryLevel busiestLevel(Result r) {
        MemoryLevel best = r.hardware().memory().get(0);
        double most = -1;
        for (MemoryLevel l : r.hardware().memory()) {
            double u = r.bandwidthUtilisation(l.name());
            if (u > most) {
                most = u;
                best = l;
            }
        }
        return best;
    }

    private static String compare(List<Result> others, Function<Result, String> value) {
        List<String> parts = new ArrayList<>();
        for (Result r : others) {
            parts.add(ChipNames.shortName(r.hardware()) + ": " + value.apply(r));
        }
        return String.join("\n", parts);
    }

    // TilesFX redraws a whole tile (re-fitting every text by shrinking its font step by step) on
    // each set of its decimals, unit, title, description or text, even to the same value: set only
    // what changed, so a slider tick redraws a tile at most once or twice.
    private static void decimals(Tile t, int decimals) {
        if (t.getDecimals() != decimals) {
            t.setDecimals(decimals);
        }
    }

    private static void unit(Tile t, String unit) {
        if (!Objects.equals(t.getUnit(), unit)) {
            t.setUnit(unit);
        }
    }

    private static void title(Tile t, String title) {
        if (!Objects.equals(t.getTitle(), title)) {
            t.setTitle(title);
        }
    }

    private static void description(Tile t, String description) {
        if (!Objects.equals(t.getDescription(), description)) {
            t.setDescription(description);
        }
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
        // A constant preferred width: a new number never changes the cell's size or the grid's layout.
        l.setMinSize(0, Region.USE_PREF_SIZE);
        l.setPrefWidth(10);
        l.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(l, Pos.BOTTOM_LEFT);
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
        setOpacity(stale ? 0.55 : 1);
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
