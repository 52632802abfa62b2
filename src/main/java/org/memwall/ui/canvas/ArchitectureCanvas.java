package org.memwall.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.event.EventHandler;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.core.trace.TraceEvent;
import org.memwall.core.trace.TransferEvent;
import org.memwall.ui.playback.PlaybackClock;

/**
 * Draws one to three chips side by side from core Results and animates their traces on one time
 * base: the chip's blocks come from its hardware model placed by a per-family {@link ChipLayout};
 * packets move along the transfers of the trace, coloured by payload, as many per simulated second
 * as the transfer's bandwidth gives ({@link PacketSchedule}); memories and the link glow by their
 * share of peak bandwidth and compute units light by utilisation. A chip that finishes before the
 * slowest one shows "done" and waits.
 *
 * <p>Layers, bottom to top: a Canvas of blocks and glows (redrawn on show, resize, theme, and when a
 * glow changes), a strip of Canvas for the clock lines, a pixel buffer of packets with the labels
 * baked in above them, and a "done" veil shown only while a chip waits. In the software pipeline
 * every visible full-size layer is blended into the window on every frame, so only the packet
 * buffer changes per frame and there are two full-size layers, not five. Every frame is a pure
 * function of the clock's simulated time, so scrubbing and stepping back need no stored state.
 *
 * <p>Colours: styleable properties {@code -mw-canvas-hbm, -mw-canvas-sram, -mw-canvas-compute,
 * -mw-canvas-flow-read, -mw-canvas-weights, -mw-canvas-kv, -mw-canvas-activations, -mw-canvas-link,
 * -mw-canvas-text, -mw-canvas-background}. The canvas's own stylesheet points each at the theme's
 * looked-up colour of the same name without "canvas-" ({@code -mw-hbm} ...), so a theme that
 * defines those tokens on {@code .root} colours the canvas; without a theme the light palette
 * applies. {@link #setPalette(CanvasPalette)} sets all of them from code.
 *
 * <p>Speed: after {@link #show}, if the clock's speed would play the loop in under 2 s or over
 * 40 s of wall time (and the speed is not bound), it is set so the loop takes 8 s; inside that
 * range it is left alone, so a slider that makes the chip faster makes the animation faster too.
 */
public final class ArchitectureCanvas extends Region {
    public static final String STYLE_CLASS = "architecture-canvas";
    /** Packets in flight of the fastest transfer on screen; slower ones get proportionally fewer. */
    public static final int DEFAULT_PACKETS_FOR_FASTEST = 300;
    static final double FLIGHT_SHARE_OF_LOOP = 1.0 / 14;
    static final double FITTED_LOOP_WALL_SECONDS = 8;
    static final double MIN_LOOP_WALL_SECONDS = 2;
    static final double MAX_LOOP_WALL_SECONDS = 40;
    static final int BASE_PACKET_SIZE = 5;

    /** Clock lines sit this far below the top of the footer; the strip is just tall enough for them. */
    static final double CLOCK_BASELINE = 16;
    static final double CLOCK_STRIP_HEIGHT = 21;

    private final PlaybackClock clock;
    private final Canvas blocksLayer = new Canvas();
    private final Canvas clockLayer = new Canvas();
    private final PacketRaster packets = new PacketRaster();
    /** Never shown: labels are drawn here and copied into the packet buffer as its overlay. */
    private final Canvas labelsLayer = new Canvas();
    /** "done" veils over chips that finished their layer; redrawn only when one starts or stops waiting. */
    private final Canvas doneLayer = new Canvas();
    private List<Boolean> doneShown = List.of();
    /** Glow state per chip last painted on the blocks layer, null when it must be repainted. */
    private double[][] glowsShown;
    private String[] clockShown = new String[0];
    private final Tooltip tooltip = new Tooltip();
    /** The words of the language the canvas was built in (the window is rebuilt on a language switch). */
    private final CanvasText text = CanvasText.current();
    private final InvalidationListener timeListener = o -> renderFrame();
    private final InvalidationListener paletteListener = o -> {
        staticDirty = true;
        requestLayout();
    };
    private final EventHandler<MouseEvent> mouseMoved = this::onMouseMoved;
    private final EventHandler<MouseEvent> mouseExited = e -> hover(null);
    private final Map<Token, StyleableObjectProperty<Color>> colours = new EnumMap<>(Token.class);

    private List<Result> results = List.of();
    private Phase phase = Phase.DECODE;
    private List<ChipView> views = List.of();
    private List<ChipScene> scenes = List.of();
    private List<TransferEvent[]> transfers = List.of();
    private PacketSchedule schedule = PacketSchedule.forFastestRate(1, 1, DEFAULT_PACKETS_FOR_FASTEST);
    private int packetsForFastest = DEFAULT_PACKETS_FOR_FASTEST;
    private int packetsInFlight;
    private boolean staticDirty = true;
    private double laidOutWidth = -1;
    private double laidOutHeight = -1;
    private Block hovered;
    private java.util.EnumSet<BlockRole> highlighted = java.util.EnumSet.noneOf(BlockRole.class);
    private boolean disposed;

    public ArchitectureCanvas(PlaybackClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        getStyleClass().add(STYLE_CLASS);
        for (Token t : Token.values()) {
            StyleableObjectProperty<Color> p = new SimpleStyleableObjectProperty<>(t.meta, this, t.property, t.fallback);
            p.addListener(paletteListener);
            colours.put(t, p);
        }
        for (Canvas c : List.of(blocksLayer, clockLayer, doneLayer)) {
            c.setMouseTransparent(true);
        }
        getChildren().addAll(blocksLayer, clockLayer, packets.view(), doneLayer);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        clock.simulatedSecondsProperty().addListener(timeListener);
        addEventHandler(MouseEvent.MOUSE_MOVED, mouseMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, mouseExited);
    }

    /** Shows 1 to 3 results side by side; the slowest trace sets the clock's loop length. */
    public void show(List<Result> newResults) {
        if (newResults.isEmpty() || newResults.size() > 3) {
            throw new IllegalArgumentException("the canvas shows 1 to 3 chips, got " + newResults.size());
        }
        newResults.forEach(r -> Objects.requireNonNull(r, "result"));
        results = List.copyOf(newResults);
        rebuild();
    }

    /** DECODE (the default) or PREFILL trace. */
    /**
     * Outlines the blocks a scenario step points at, on every chip drawn: "hbm", "sram", "compute",
     * "cim-array" or "link" (the hop to the next chip). Unknown names are left out.
     */
    public void highlight(java.util.Set<String> names) {
        java.util.EnumSet<BlockRole> roles = java.util.EnumSet.noneOf(BlockRole.class);
        for (String n : names) {
            BlockRole.ofHighlight(n).ifPresent(roles::add);
        }
        if (!roles.equals(highlighted)) {
            highlighted = roles;
            glowsShown = null;
            // repaint now: a paused animation draws no frame of its own
            renderFrame();
        }
    }

    /** The block roles outlined now (tests). */
    java.util.Set<BlockRole> highlighted() {
        return java.util.Collections.unmodifiableSet(highlighted);
    }

    public void setPhase(Phase newPhase) {
        phase = Objects.requireNonNull(newPhase, "phase");
        if (!results.isEmpty()) {
            rebuild();
        }
    }

    public Phase phase() {
        return phase;
    }

    /** Packets drawn in the last frame. */
    public int packetsInFlight() {
        return packetsInFlight;
    }

    /**
     * How many packets the fastest transfer on screen has in flight (default 300); slower transfers
     * get proportionally fewer. Raised by the frame-rate benchmark, or for a busier picture.
     */
    public void setPacketDensity(int packetsForFastestTransfer) {
        if (packetsForFastestTransfer < 1) {
            throw new IllegalArgumentException("packet density must be at least 1, got " + packetsForFastestTransfer);
        }
        packetsForFastest = packetsForFastestTransfer;
        if (!results.isEmpty()) {
            rebuild();
        }
    }

    public void setPalette(CanvasPalette palette) {
        colours.get(Token.HBM).set(palette.hbm());
        colours.get(Token.SRAM).set(palette.sram());
        colours.get(Token.COMPUTE).set(palette.compute());
        colours.get(Token.FLOW_READ).set(palette.flowRead());
        colours.get(Token.WEIGHTS).set(palette.weights());
        colours.get(Token.KV).set(palette.kvCache());
        colours.get(Token.ACTIVATIONS).set(palette.activations());
        colours.get(Token.LINK).set(palette.link());
        colours.get(Token.TEXT).set(palette.text());
        colours.get(Token.BACKGROUND).set(palette.background());
    }

    public CanvasPalette palette() {
        return new CanvasPalette(colour(Token.HBM), colour(Token.SRAM), colour(Token.COMPUTE), colour(Token.FLOW_READ),
                colour(Token.WEIGHTS), colour(Token.KV), colour(Token.ACTIVATIONS), colour(Token.LINK),
                colour(Token.TEXT), colour(Token.BACKGROUND));
    }

    /** The chips as placed at the last layout (tests read block positions from here). */
    List<ChipScene> scenes() {
        return scenes;
    }

    /** Removes every listener this canvas registered; it draws nothing afterwards. */
    public void dispose() {
        disposed = true;
        clock.simulatedSecondsProperty().removeListener(timeListener);
        colours.values().forEach(p -> p.removeListener(paletteListener));
        removeEventHandler(MouseEvent.MOUSE_MOVED, mouseMoved);
        removeEventHandler(MouseEvent.MOUSE_EXITED, mouseExited);
        Tooltip.uninstall(this, tooltip);
        results = List.of();
        scenes = List.of();
        transfers = List.of();
    }

    private Color colour(Token t) {
        return colours.get(t).get();
    }

    private void rebuild() {
        views = results.stream().map(r -> ChipView.of(r, phase)).toList();
        double loop = views.stream().mapToDouble(v -> v.trace().durationSeconds()).max().orElse(0);
        List<TransferEvent[]> byChip = new ArrayList<>();
        List<Double> marks = new ArrayList<>();
        for (ChipView v : views) {
            List<TransferEvent> list = new ArrayList<>();
            for (TraceEvent e : v.trace().events()) {
                marks.add(e.startSeconds());
                if (e instanceof TransferEvent t) {
                    list.add(t);
                }
            }
            byChip.add(list.toArray(TransferEvent[]::new));
        }
        transfers = byChip;
        double flight = loop > 0 ? loop * FLIGHT_SHARE_OF_LOOP : 1e-6;
        schedule = PacketSchedule.forFastestRate(referenceRate(byChip, flight), flight, packetsForFastest);
        staticDirty = true;
        layoutScenes();
        clock.setLoopSeconds(loop);
        clock.setStepMarks(marks.stream().mapToDouble(Double::doubleValue).toArray());
        fitSpeed(loop);
        requestLayout();
        // On screen the layout pass of this same pulse paints once; painting here as well would
        // snapshot the labels layer twice per slider tick.
        if (getScene() == null) {
            paintStatic();
            renderFrame();
        }
    }

    /**
     * The rate that gets the full packet density: the fastest transfer that lasts at least one
     * flight, since only a sustained stream shows its rate as a stream. Shorter bursts (a CIM
     * array's activations, an L2 hand-off) are capped and drawn as fewer, larger packets, so a
     * 400 TB/s burst of a few kilobytes does not thin out a GPU's 3 TB/s weight stream.
     */
    static double referenceRate(List<TransferEvent[]> byChip, double flightSeconds) {
        double sustained = 0;
        double any = 0;
        for (TransferEvent[] events : byChip) {
            for (TransferEvent t : events) {
                double rate = t.rateBytesPerSecond();
                if (!Double.isFinite(rate)) {
                    continue;
                }
                any = Math.max(any, rate);
                if (t.durationSeconds() >= flightSeconds) {
                    sustained = Math.max(sustained, rate);
                }
            }
        }
        return sustained > 0 ? sustained : any;
    }

    private void fitSpeed(double loop) {
        if (loop <= 0 || clock.speedProperty().isBound()) {
            return;
        }
        double speed = clock.speedProperty().get();
        double wall = speed > 0 ? loop / speed : Double.POSITIVE_INFINITY;
        if (wall < MIN_LOOP_WALL_SECONDS || wall > MAX_LOOP_WALL_SECONDS) {
            clock.speedProperty().set(loop / FITTED_LOOP_WALL_SECONDS);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != laidOutWidth || h != laidOutHeight) {
            laidOutWidth = w;
            laidOutHeight = h;
            for (Canvas c : List.of(blocksLayer, labelsLayer, doneLayer)) {
                c.setWidth(w);
                c.setHeight(h);
            }
            clockLayer.setWidth(w);
            clockLayer.setHeight(CLOCK_STRIP_HEIGHT);
            clockLayer.setLayoutY(Math.max(0, h - ChipScene.FOOTER_HEIGHT));
            packets.resize((int) w, (int) h);
            layoutScenes();
            staticDirty = true;
        }
        if (staticDirty) {
            paintStatic();
            renderFrame();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    private void layoutScenes() {
        // The size the packet buffer was made for, once laid out: packets never land outside it.
        double w = laidOutWidth >= 0 ? laidOutWidth : Math.floor(getWidth());
        double h = laidOutHeight >= 0 ? laidOutHeight : Math.floor(getHeight());
        List<ChipScene> out = new ArrayList<>();
        if (w > 0 && h > 0) {
            double panelWidth = w / Math.max(1, views.size());
            for (int i = 0; i < views.size(); i++) {
                out.add(new ChipScene(views.get(i), new Box(i * panelWidth, 0, panelWidth, h)));
            }
        }
        scenes = out;
    }

    private String phaseText() {
        return text.get(phase == Phase.PREFILL ? "phase.prefill" : "phase.decode");
    }

    /** Labels into the packet buffer's overlay; the blocks layer follows on the next frame. */
    private void paintStatic() {
        if (disposed) {
            return;
        }
        staticDirty = false;
        doneShown = List.of();
        glowsShown = null;
        clockShown = new String[0];
        CanvasPalette p = palette();
        GraphicsContext labels = labelsLayer.getGraphicsContext2D();
        labels.clearRect(0, 0, labelsLayer.getWidth(), labelsLayer.getHeight());
        for (ChipScene s : scenes) {
            ChipPainter.paintLabels(labels, s, p, phaseText());
        }
        int w = packets.width();
        int h = packets.height();
        if (scenes.isEmpty() || w < 1 || h < 1 || labelsLayer.getWidth() < w || labelsLayer.getHeight() < h) {
            packets.setOverlay(new int[0]);
            return;
        }
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage image = labelsLayer.snapshot(transparent, null);
        int[] argbPre = new int[w * h];
        image.getPixelReader().getPixels(0, 0, Math.min(w, (int) image.getWidth()), Math.min(h, (int) image.getHeight()),
                PixelFormat.getIntArgbPreInstance(), argbPre, 0, w);
        packets.setOverlay(argbPre);
    }

    /** Background, blocks and the glows of the current frame on the bottom layer. */
    private void paintBlocks(double[][] glows, CanvasPalette p) {
        GraphicsContext g = blocksLayer.getGraphicsContext2D();
        g.setFill(p.background());
        g.fillRect(0, 0, blocksLayer.getWidth(), blocksLayer.getHeight());
        for (int i = 0; i < scenes.size(); i++) {
            ChipScene s = scenes.get(i);
            if (i > 0) {
                g.setStroke(p.text().deriveColor(0, 1, 1, 0.2));
                g.setLineWidth(1);
                g.strokeLine(s.panel().x() + 0.5, 8, s.panel().x() + 0.5, s.panel().maxY() - 8);
            }
            ChipPainter.paintBlocks(g, s, p);
            ChipPainter.paintGlows(g, s, glows[i], p);
            ChipPainter.paintHighlights(g, s, highlighted, p);
        }
    }

    /**
     * Draws the frame at the clock's current time. Only the packets change every frame; glows are
     * repainted when an event starts or ends, the clock strip when its text changes.
     */
    private void renderFrame() {
        if (disposed) {
            return;
        }
        CanvasPalette p = palette();
        double t = clock.simulatedSeconds();
        int n = scenes.size();
        double[][] glows = new double[n][];
        String[] clocks = new String[n];
        List<Boolean> done = new ArrayList<>(n);
        packets.begin();
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            ChipScene s = scenes.get(i);
            ChipFrame frame = ChipFrame.at(s, t);
            done.add(frame.done());
            glows[i] = ChipPainter.glowState(s, frame);
            clocks[i] = ChipPainter.clockLine(s, frame);
            drawn += drawPackets(s, transfers.get(i), t, p);
        }
        packets.commit();
        packetsInFlight = drawn;
        if (glowsShown == null || !Arrays.deepEquals(glows, glowsShown)) {
            glowsShown = glows;
            paintBlocks(glows, p);
        }
        if (!Arrays.equals(clocks, clockShown)) {
            clockShown = clocks;
            GraphicsContext g = clockLayer.getGraphicsContext2D();
            g.clearRect(0, 0, clockLayer.getWidth(), clockLayer.getHeight());
            for (int i = 0; i < n; i++) {
                ChipPainter.paintClock(g, scenes.get(i), clocks[i], CLOCK_BASELINE, p);
            }
        }
        if (!done.equals(doneShown)) {
            doneShown = done;
            // an empty full-size layer still costs a software blend per frame: hide it when no chip waits
            doneLayer.setVisible(done.contains(true));
            GraphicsContext veil = doneLayer.getGraphicsContext2D();
            veil.clearRect(0, 0, doneLayer.getWidth(), doneLayer.getHeight());
            for (int i = 0; i < n; i++) {
                if (done.get(i)) {
                    ChipPainter.paintDone(veil, scenes.get(i), p);
                }
            }
        }
    }

    private int drawPackets(ChipScene s, TransferEvent[] events, double t, CanvasPalette p) {
        int drawn = 0;
        for (int i = 0; i < events.length; i++) {
            TransferEvent e = events[i];
            if (!schedule.visibleAt(e, t)) {
                continue;
            }
            List<Box> from = s.target(e.from());
            List<Box> to = s.target(e.to());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            int argb = PacketRaster.argb(p.payload(e.payload()));
            int outline = PacketRaster.argb(p.background());
            int size = (int) Math.round(BASE_PACKET_SIZE * schedule.sizeScale(e));
            boolean sameBlock = e.from() == e.to();
            int seed = i * 0x9E3779B1;
            drawn += schedule.forEachInFlight(e, t, (k, progress) -> {
                long h = PacketPath.hash(seed, k);
                int src = PacketPath.pick(h, from.size());
                int dst = sameBlock && to.size() > 1
                        ? PacketPath.neighbour(src, h >>> 20, to.size())
                        : PacketPath.pick(h >>> 24, to.size());
                Box a = from.get(src);
                Box b = to.get(dst);
                double ax = a.x() + PacketPath.unit(h >>> 8) * a.width();
                double ay = a.y() + PacketPath.unit(h >>> 16) * a.height();
                double bx = b.x() + PacketPath.unit(h >>> 32) * b.width();
                double by = b.y() + PacketPath.unit(h >>> 40) * b.height();
                // Manhattan route like a bus: along the source block's long side first, then across.
                boolean verticalFirst = a.height() > a.width();
                double cx = verticalFirst ? ax : bx;
                double cy = verticalFirst ? by : ay;
                double first = Math.abs(cx - ax) + Math.abs(cy - ay);
                double total = first + Math.abs(bx - cx) + Math.abs(by - cy);
                double along = progress * total;
                double x;
                double y;
                if (along <= first || total == 0) {
                    double f = first > 0 ? along / first : 0;
                    x = ax + (cx - ax) * f;
                    y = ay + (cy - ay) * f;
                } else {
                    double f = (along - first) / (total - first);
                    x = cx + (bx - cx) * f;
                    y = cy + (by - cy) * f;
                }
                packets.packet(x, y, size, argb, outline);
            });
        }
        return drawn;
    }

    private void onMouseMoved(MouseEvent e) {
        Block found = null;
        for (ChipScene s : scenes) {
            Block b = s.blockAt(e.getX(), e.getY());
            if (b != null) {
                found = b;
                break;
            }
        }
        hover(found);
    }

    private void hover(Block block) {
        if (block == hovered) {
            return;
        }
        hovered = block;
        if (block == null) {
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(block.tooltip());
            Tooltip.install(this, tooltip);
        }
    }

    /** The tooltip text of the block under a point, or empty: what a user reads when hovering there. */
    public String tooltipAt(double x, double y) {
        for (ChipScene s : scenes) {
            Block b = s.blockAt(x, y);
            if (b != null) {
                return b.tooltip();
            }
        }
        return "";
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(ArchitectureCanvas.class.getResource("architecture-canvas.css")).toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return Token.CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** The theme tokens the canvas reads, each a styleable colour property. */
    private enum Token {
        HBM("-mw-canvas-hbm", CanvasPalette::hbm),
        SRAM("-mw-canvas-sram", CanvasPalette::sram),
        COMPUTE("-mw-canvas-compute", CanvasPalette::compute),
        FLOW_READ("-mw-canvas-flow-read", CanvasPalette::flowRead),
        WEIGHTS("-mw-canvas-weights", CanvasPalette::weights),
        KV("-mw-canvas-kv", CanvasPalette::kvCache),
        ACTIVATIONS("-mw-canvas-activations", CanvasPalette::activations),
        LINK("-mw-canvas-link", CanvasPalette::link),
        TEXT("-mw-canvas-text", CanvasPalette::text),
        BACKGROUND("-mw-canvas-background", CanvasPalette::background);

        static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
            for (Token t : values()) {
                list.add(t.meta);
            }
            CSS_META_DATA = Collections.unmodifiableList(list);
        }

        final String property;
        final Color fallback;
        final CssMetaData<ArchitectureCanvas, Color> meta;

        Token(String property, Function<CanvasPalette, Color> fromPalette) {
            this.property = property;
            this.fallback = fromPalette.apply(CanvasPalette.LIGHT);
            Token self = this;
            this.meta = new CssMetaData<>(property, StyleConverter.getColorConverter(), fallback) {
                @Override
                public boolean isSettable(ArchitectureCanvas node) {
                    return !node.colours.get(self).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(ArchitectureCanvas node) {
                    return node.colours.get(self);
                }
            };
        }
    }
}
