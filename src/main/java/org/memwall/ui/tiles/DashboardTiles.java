package org.memwall.ui.tiles;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.text.TextAlignment;
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
            add(all.get(i), i % 2, i / 2);
            GridPane.setHgrow(all.get(i), Priority.ALWAYS);
            GridPane.setVgrow(all.get(i), Priority.ALWAYS);
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
        speed.setDecimals(perUser < 10 ? 2 : perUser < 100 ? 1 : 0);
        speed.setValue(perUser);
        speed.setUnit("");
        speed.setDescription("tokens/s per user\n" + main.fidelity().label());
        speed.setText(others.isEmpty()
                ? String.format(Locale.ROOT, "%s tok/s in total at batch %d", Units.number(main.tokensPerSecond()), main.batch())
                : compare(others, r -> Units.number(r.tokensPerSecondPerUser()) + " tok/s"));

        Energy e = main.energy();
        double joules = e.joulesPerToken();
        boolean milli = joules < 1;
        energy.setDecimals(milli ? (joules < 0.01 ? 2 : 0) : 2);
        energy.setValue(milli ? joules * 1e3 : joules);
        energy.setUnit(milli ? "mJ" : "J");
        energy.setDescription(String.format(Locale.ROOT, "per token\ncompute %.0f%%, moving data %.0f%%",
                100 * e.computeJoulesPerToken() / joules, 100 * e.dataMovementJoulesPerToken() / joules));
        energy.setText(others.isEmpty() ? "per token, " + ChipNames.shortName(main.hardware())
                : compare(others, r -> Units.joules(r.energy().joulesPerToken())));

        MemoryLevel busiest = busiestLevel(main);
        bandwidth.setTitle(busiest.name());
        bandwidth.setValue(100 * main.bandwidthUtilisation(busiest.name()));
        bandwidth.setDescription(Units.bytesPerSecond(busiest.bandwidthBytesPerSecond()) + " peak per chip");
        bandwidth.setText(others.isEmpty() ? "share of peak bandwidth in use" : compare(others, r -> {
            MemoryLevel l = busiestLevel(r);
            return String.format(Locale.ROOT, "%.0f%% of %s", 100 * r.bandwidthUtilisation(l.name()), l.name());
        }));

        compute.setValue(100 * main.computeUtilisation());
        compute.setDescription("bound by " + main.bound().id());
        compute.setText(others.isEmpty() ? "share of matrix peak in use" : compare(others, r -> String.format(Locale.ROOT, "%.1f%%", 100 * r.computeUtilisation())));

        chips.setDecimals(0);
        chips.setValue(main.chipsNeeded());
        chips.setUnit("");
        chips.setDescription(String.format(Locale.ROOT, "needed to hold the model\nusing %d: %s-way tensor x %d stages",
                main.chips(), ways(main.parallelism().tensorParallel()), main.parallelism().pipelineStages()));
        chips.setText(others.isEmpty() ? "" : compare(others, r -> Integer.toString(r.chipsNeeded())));

        boolean priced = main.costUsdPerTokenPerSecond().isPresent();
        cost.setValueVisible(priced);
        if (priced) {
            double usd = main.costUsdPerTokenPerSecond().getAsDouble();
            cost.setDecimals(usd < 10 ? 2 : 0);
            cost.setValue(usd);
            cost.setUnit("");
            cost.setDescription(String.format(Locale.ROOT, "USD per token/s\nchips cost USD %s for %s tok/s",
                    Units.number(main.hardwareCostUsd().getAsDouble()), Units.number(main.tokensPerSecond())));
        } else {
            cost.setValue(0);
            cost.setUnit("");
            cost.setDescription("USD per token/s\nno price in the " + ChipNames.shortName(main.hardware()) + " preset");
        }
        cost.setText(others.isEmpty() ? "" : compare(others, r -> r.costUsdPerTokenPerSecond().isPresent()
                ? "USD " + Units.number(r.costUsdPerTokenPerSecond().getAsDouble()) : "no price"));
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
        return String.join("   ", parts);
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
        setOpacity(stale ? 0.55 : 1);
    }

    private Tile number(String id, String title, String explanation) {
        Tile t = TileBuilder.create()
                .skinType(SkinType.NUMBER)
                .title(title)
                .textAlignment(TextAlignment.LEFT)
                .descriptionAlignment(Pos.BASELINE_LEFT)
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
