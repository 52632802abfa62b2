package org.memwall.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.event.EventHandler;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
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
 * <p>The layers and the drawing of a frame are {@link CanvasLayers}'s, the packets' routes
 * {@link PacketPainter}'s. Every frame is a pure function of the clock's simulated time, so
 * scrubbing and stepping back need no stored state.
 *
 * <p>Colours ({@link CanvasColours}): styleable properties {@code -mw-canvas-hbm, -mw-canvas-sram, -mw-canvas-compute,
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

    private final PlaybackClock clock;
    private final CanvasLayers layers = new CanvasLayers();
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
    private final CanvasColours colours = new CanvasColours(this);

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
        colours.addListener(paletteListener);
        getChildren().addAll(layers.nodes());
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
            layers.highlight(roles);
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
        colours.set(palette);
    }

    public CanvasPalette palette() {
        return colours.palette();
    }

    CanvasColours colours() {
        return colours;
    }

    /** The chips as placed at the last layout (tests read block positions from here). */
    List<ChipScene> scenes() {
        return scenes;
    }

    /** Removes every listener this canvas registered; it draws nothing afterwards. */
    public void dispose() {
        disposed = true;
        clock.simulatedSecondsProperty().removeListener(timeListener);
        colours.removeListener(paletteListener);
        removeEventHandler(MouseEvent.MOUSE_MOVED, mouseMoved);
        removeEventHandler(MouseEvent.MOUSE_EXITED, mouseExited);
        Tooltip.uninstall(this, tooltip);
        results = List.of();
        scenes = List.of();
        transfers = List.of();
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
            layers.resize(w, h);
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
        layers.paintStatic(scenes, palette(), phaseText());
    }

    /** Draws the frame at the clock's current time. */
    private void renderFrame() {
        if (disposed) {
            return;
        }
        packetsInFlight = layers.renderFrame(scenes, transfers, schedule, clock.simulatedSeconds(), palette());
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
        return CanvasColours.Token.CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
