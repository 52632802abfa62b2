package org.memwall.lessons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a scenario step draws attention to: blocks of the chip drawing, a tile, a readout, a chart. */
public enum Highlight {
    HBM("hbm", Place.CANVAS),
    SRAM("sram", Place.CANVAS),
    COMPUTE("compute", Place.CANVAS),
    CIM_ARRAY("cim-array", Place.CANVAS),
    LINK("link", Place.CANVAS),
    TILE_SPEED("tile-speed", Place.TILE),
    TILE_ENERGY("tile-energy", Place.TILE),
    TILE_BANDWIDTH("tile-bandwidth", Place.TILE),
    TILE_COMPUTE("tile-compute", Place.TILE),
    TILE_CHIPS("tile-chips", Place.TILE),
    TILE_COST("tile-cost", Place.TILE),
    /** Bytes per token from HBM, time to first token, chips for the weights alone against weights plus KV cache. */
    READOUTS("readouts", Place.READOUT),
    /** Hardware and energy over the years, cost per million tokens, break-even streams. */
    OWNERSHIP("ownership", Place.READOUT),
    CHART_TIME("chart-time", Place.CHART),
    CHART_ROOFLINE("chart-roofline", Place.CHART),
    CHART_ENERGY("chart-energy", Place.CHART),
    CHART_MEMORY_WALL("chart-memory-wall", Place.CHART);

    /** Where on screen it is. */
    public enum Place { CANVAS, TILE, READOUT, CHART }

    private final String id;
    private final Place place;

    Highlight(String id, Place place) {
        this.id = id;
        this.place = place;
    }

    /** The name scenario presets use. */
    public String id() {
        return id;
    }

    public Place place() {
        return place;
    }

    public static Optional<Highlight> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(h -> h.id.equals(t)).findFirst();
    }

    /** Every name, for messages that list what is allowed. */
    public static String names() {
        return Arrays.stream(values()).map(Highlight::id).collect(Collectors.joining(", "));
    }
}
