package org.memwall.ui.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.ComputeSpec;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.model.UnitShape;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Trace;

/**
 * One chip placed in its panel: blocks in pixels from the family's {@link ChipLayout}, the
 * hardware's own numbers in their captions and tooltips, and where each transfer endpoint is.
 * Built once per show/resize; the per-frame drawing only reads it.
 */
final class ChipScene {
    static final double HEADER_HEIGHT = 50;
    static final double FOOTER_HEIGHT = 40;
    static final double PADDING = 14;
    /** Smallest pitch of a compute cell; more units than fit are grouped several to a cell. */
    static final double MIN_CELL_PITCH = 11;
    static final int MAX_CELLS = 220;
    static final double CAPTION_STRIP = 16;

    private final ChipView view;
    private final CanvasText text = CanvasText.current();
    private final Box panel;
    private final Box die;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<BlockRole, List<Box>> targets = new EnumMap<>(BlockRole.class);
    private int unitsPerCell = 1;
    private double captionStrip = CAPTION_STRIP;

    ChipScene(ChipView view, Box panel) {
        this.view = view;
        this.panel = panel;
        Hardware hw = view.hardware();
        double available = panel.width() - 2 * PADDING;
        double dieWidth = view.chips() > 1 ? available * 0.80 : available;
        this.die = new Box(panel.x() + PADDING, panel.y() + HEADER_HEIGHT,
                Math.max(10, dieWidth), Math.max(10, panel.height() - HEADER_HEIGHT - FOOTER_HEIGHT));
        ChipLayout layout = ChipLayout.of(hw.family());
        addMemoryBlocks(layout, BlockRole.DRAM, MemoryKind.OFF_CHIP_DRAM);
        addMemoryBlocks(layout, BlockRole.SRAM, MemoryKind.ON_CHIP_SRAM);
        addCells(layout, hw.family() == ArchitectureFamily.COMPUTE_IN_MEMORY ? BlockRole.CIM_ARRAY : BlockRole.COMPUTE);
        if (view.chips() > 1) {
            addNextChip(available - dieWidth);
        }
        for (Block b : blocks) {
            // packets to the next chip land in its outline (the first tile), not on the link bar
            List<Box> landing = b.role() == BlockRole.NEXT_CHIP ? b.tiles().subList(0, 1) : b.tiles();
            targets.computeIfAbsent(b.role(), r -> new ArrayList<>()).addAll(landing);
        }
    }

    ChipView view() {
        return view;
    }

    Box panel() {
        return panel;
    }

    Box die() {
        return die;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The canvas's words in the language this scene was built in. */
    CanvasText text() {
        return text;
    }

    /** Height kept above the first compute region for its caption: two lines where one does not fit. */
    double captionStrip() {
        return captionStrip;
    }

    int unitsPerCell() {
        return unitsPerCell;
    }

    /** Where packets to or from an endpoint start or land; empty when the chip has no such block. */
    List<Box> target(Endpoint endpoint) {
        BlockRole role = BlockRole.of(endpoint);
        List<Box> boxes = targets.get(role);
        if (boxes == null && (role == BlockRole.COMPUTE || role == BlockRole.SRAM)) {
            // A CIM chip computes inside its arrays; without an SRAM buffer the arrays hand activations on.
            boxes = targets.get(BlockRole.CIM_ARRAY);
        }
        if (boxes != null && role == BlockRole.COMPUTE && !targets.containsKey(BlockRole.COMPUTE)) {
            return boxes.stream().map(ChipScene::cimCore).toList();
        }
        return boxes == null ? List.of() : boxes;
    }

    /** The compute core drawn inside a CIM cell. */
    static Box cimCore(Box cell) {
        double d = Math.min(cell.width(), cell.height()) * 0.28;
        return cell.inset(d);
    }

    /** Peak bandwidth of a memory level by name, or of the chip-to-chip link for {@code Trace.LINK}. */
    double bandwidthOf(String level) {
        if (Trace.LINK.equals(level)) {
            return view.hardware().link().bandwidthBytesPerSecond();
        }
        return view.hardware().memory().stream().filter(l -> l.name().equals(level)).findFirst()
                .map(MemoryLevel::bandwidthBytesPerSecond).orElse(Double.POSITIVE_INFINITY);
    }

    Block blockAt(double x, double y) {
        for (Block b : blocks) {
            if (b.area().contains(x, y)) {
                return b;
            }
        }
        return null;
    }

    String title() {
        return org.memwall.ui.format.ChipNames.name(view.hardware());
    }

    String subtitle(String phaseText) {
        Hardware hw = view.hardware();
        StringBuilder s = new StringBuilder(text.family(hw.family()))
                .append(" · ").append(Readable.number(hw.processNodeNm())).append(" nm");
        if (view.chips() > 1) {
            s.append(" · ").append(text.format("subtitle.chips", view.chips()));
        }
        return s.append(" · ").append(phaseText).toString();
    }

    private void addMemoryBlocks(ChipLayout layout, BlockRole role, MemoryKind kind) {
        List<MemoryLevel> levels = view.hardware().memory().stream().filter(l -> l.kind() == kind).toList();
        if (levels.isEmpty()) {
            return;
        }
        List<String> names = levels.stream().map(MemoryLevel::name).toList();
        String shownNames = String.join(" + ", names.stream().map(text::level).toList());
        MemoryLevel first = levels.get(0);
        double capacity = levels.stream().mapToDouble(MemoryLevel::capacityBytes).sum();
        String caption = shownNames + " · " + Readable.bytes(capacity) + " · " + Readable.bandwidth(first.bandwidthBytesPerSecond());
        String tooltip = memoryTooltip(role, levels, capacity);
        List<ChipLayout.Region> regions = layout.regions(role);
        for (int i = 0; i < regions.size(); i++) {
            ChipLayout.Region r = regions.get(i);
            Box area = r.area().within(die);
            List<Box> tiles = new ArrayList<>();
            for (int t = 0; t < r.tiles(); t++) {
                tiles.add(area.slice(t, r.tiles()).inset(2));
            }
            blocks.add(new Block(role, area, tiles, names, i == 0 ? caption : shownNames, tooltip));
        }
    }

    private String memoryTooltip(BlockRole role, List<MemoryLevel> levels, double capacity) {
        Hardware hw = view.hardware();
        MemoryLevel first = levels.get(0);
        String names = String.join(" + ", levels.stream().map(l -> text.level(l.name())).toList());
        String bw = Readable.bandwidth(first.bandwidthBytesPerSecond());
        String cap = Readable.bytes(capacity);
        if (role == BlockRole.DRAM) {
            return text.format(hw.family() == ArchitectureFamily.VON_NEUMANN_HBM ? "tip.dram.VON_NEUMANN_HBM" : "tip.dram.other",
                    names, cap, bw);
        }
        return text.format("tip.sram." + hw.family().name(), names, cap, bw);
    }

    private void addCells(ChipLayout layout, BlockRole role) {
        List<ChipLayout.Region> regions = layout.regions(role);
        if (regions.isEmpty()) {
            return;
        }
        ComputeSpec c = view.hardware().compute();
        List<Box> areas = new ArrayList<>();
        String caption = computeCaption(c);
        Box firstArea = regions.get(0).area().within(die);
        captionStrip = ChipPainter.textWidth(caption, ChipPainter.CAPTION) > firstArea.width() - 6 ? 2 * CAPTION_STRIP : CAPTION_STRIP;
        for (int i = 0; i < regions.size(); i++) {
            Box a = regions.get(i).area().within(die);
            // the first region keeps a strip for its caption
            areas.add(i == 0 ? new Box(a.x(), a.y() + captionStrip, a.width(), Math.max(1, a.height() - captionStrip)) : a);
        }
        int fit = 0;
        for (Box a : areas) {
            fit += Math.max(1, (int) (a.width() / MIN_CELL_PITCH)) * Math.max(1, (int) (a.height() / MIN_CELL_PITCH));
        }
        int maxCells = Math.max(1, Math.min(MAX_CELLS, fit));
        unitsPerCell = (int) Math.ceil(c.unitCount() / (double) maxCells);
        int cells = (int) Math.ceil(c.unitCount() / (double) unitsPerCell);
        double totalArea = areas.stream().mapToDouble(a -> a.width() * a.height()).sum();
        int placed = 0;
        String tooltip = computeTooltip(c, role);
        for (int i = 0; i < areas.size(); i++) {
            Box a = areas.get(i);
            int n = i == areas.size() - 1 ? cells - placed
                    : (int) Math.round(cells * a.width() * a.height() / totalArea);
            n = Math.max(0, Math.min(n, cells - placed));
            placed += n;
            Box blockArea = regions.get(i).area().within(die);
            blocks.add(new Block(role, blockArea, grid(a, n), cimLevelNames(role),
                    i == 0 ? caption : "", tooltip));
        }
    }

    private List<String> cimLevelNames(BlockRole role) {
        if (role != BlockRole.CIM_ARRAY) {
            return List.of();
        }
        return view.hardware().memory().stream().filter(l -> l.kind() == MemoryKind.CIM_ARRAY).map(MemoryLevel::name).toList();
    }

    /** n square-ish cells filling a box, centred, with a gap between them. */
    static List<Box> grid(Box area, int n) {
        List<Box> out = new ArrayList<>();
        if (n <= 0) {
            return out;
        }
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(n * area.width() / area.height())));
        cols = Math.min(cols, n);
        int rows = (int) Math.ceil(n / (double) cols);
        double pitchX = area.width() / cols;
        double pitchY = area.height() / rows;
        double gap = Math.max(1, Math.min(pitchX, pitchY) * 0.12);
        double x0 = area.x() + (area.width() - cols * pitchX) / 2;
        double y0 = area.y() + (area.height() - rows * pitchY) / 2;
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int col = i % cols;
            out.add(new Box(x0 + col * pitchX + gap / 2, y0 + r * pitchY + gap / 2, pitchX - gap, pitchY - gap));
        }
        return out;
    }

    private String unitName(ComputeSpec c) {
        return text.unit(c.shape(), c.unitCount());
    }

    private String peakText(ComputeSpec c) {
        Precision p = c.bestFor(view.computePrecision());
        return Readable.opsPerSecond(c.peakOpsPerSecond().get(p), p.isInteger()) + " " + p.id();
    }

    private String computeCaption(ComputeSpec c) {
        return text.format("compute.caption", count(c), unitName(c), peakText(c));
    }

    private String computeTooltip(ComputeSpec c, BlockRole role) {
        String shape = c.shape() == UnitShape.SIMT_TENSOR_CORE ? "tensor" : "cells";
        String grouping = unitsPerCell > 1 ? text.format("tip.grouping", unitsPerCell) : "";
        if (role == BlockRole.CIM_ARRAY) {
            double capacity = view.hardware().memory().stream().filter(l -> l.kind() == MemoryKind.CIM_ARRAY)
                    .mapToDouble(MemoryLevel::capacityBytes).sum();
            int bits = view.hardware().cim().map(s -> s.bitsPerCell()).orElse(1);
            return text.format("tip.cim." + shape, count(c), c.unitRows(), c.unitColumns(), Readable.bytes(capacity), bits,
                    peakText(c)) + grouping;
        }
        return text.format("tip.compute." + shape, count(c), unitName(c), c.unitRows(), c.unitColumns(), peakText(c))
                + grouping;
    }

    /** The unit count with thousands separators, the same in every language: "1,024". */
    private static String count(ComputeSpec c) {
        return String.format(Locale.ROOT, "%,d", c.unitCount());
    }

    private void addNextChip(double spare) {
        Hardware hw = view.hardware();
        double ghostWidth = Math.max(16, spare * 0.45);
        Box ghost = new Box(panel.x() + panel.width() - PADDING - ghostWidth, die.y() + die.height() * 0.3,
                ghostWidth, die.height() * 0.4);
        Box bar = new Box(die.maxX(), die.centerY() - 6, ghost.x() - die.maxX(), 12);
        String tooltip = text.format("tip.link", view.chips(),
                Readable.bandwidth(hw.link().bandwidthBytesPerSecond()), Readable.seconds(hw.link().latencyPerHopSeconds()));
        Box area = new Box(bar.x(), ghost.y(), ghost.maxX() - bar.x(), ghost.height());
        blocks.add(new Block(BlockRole.NEXT_CHIP, area, List.of(ghost, bar), List.of(Trace.LINK),
                Readable.bandwidth(hw.link().bandwidthBytesPerSecond()), tooltip));
    }
}
