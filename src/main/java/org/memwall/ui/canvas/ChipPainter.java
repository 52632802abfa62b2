package org.memwall.ui.canvas;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.trace.Payload;

/**
 * Draws a {@link ChipScene}: the static blocks and labels once per show/resize/theme, the glows and
 * lit compute units when they change, and the clock line.
 */
final class ChipPainter {
    static final Font TITLE = Font.font("System", FontWeight.BOLD, 15);
    static final Font SUBTITLE = Font.font("System", 12);
    static final Font CAPTION = Font.font("System", FontWeight.BOLD, 11);
    static final Font CLOCK = Font.font("System", FontWeight.BOLD, 12);
    static final Font DONE = Font.font("System", FontWeight.BOLD, 16);
    private static final double MIN_CAPTION_SIZE = 8;

    private ChipPainter() {
    }

    static Color roleColour(BlockRole role, CanvasPalette p) {
        return switch (role) {
            case DRAM -> p.hbm();
            case SRAM, CIM_ARRAY -> p.sram();
            case COMPUTE -> p.compute();
            case NEXT_CHIP -> p.link();
        };
    }

    /** Alpha of a glow for a utilisation: visible even at a few percent, saturating at 1. */
    static double glowAlpha(double utilisation) {
        return utilisation <= 0 ? 0 : 0.2 + 0.5 * Math.sqrt(Math.min(1, utilisation));
    }

    /** Compute units glow while they run, from a dim light (vector work) to full at the matrix peak. */
    static double computeAlpha(ChipFrame f) {
        return f.computing() ? 0.25 + 0.65 * Math.sqrt(Math.min(1, f.computeUtilisation())) : 0;
    }

    /** Outlines and dim fills of every block (under the glows and packets). */
    static void paintBlocks(GraphicsContext g, ChipScene s, CanvasPalette p) {
        Box die = s.die();
        g.setLineWidth(1);
        g.setStroke(p.text().deriveColor(0, 1, 1, 0.25));
        g.strokeRoundRect(die.x() - 5, die.y() - 5, die.width() + 10, die.height() + 10, 12, 12);
        if (s.view().hardware().family() == ArchitectureFamily.VON_NEUMANN_HBM) {
            // the logic die between the HBM stacks
            Box logic = new Box(0.185, 0.015, 0.63, 0.97).within(die);
            g.setFill(p.compute().deriveColor(0, 1, 1, 0.05));
            g.fillRoundRect(logic.x(), logic.y(), logic.width(), logic.height(), 8, 8);
            g.setStroke(p.text().deriveColor(0, 1, 1, 0.35));
            g.strokeRoundRect(logic.x(), logic.y(), logic.width(), logic.height(), 8, 8);
        }
        for (Block b : s.blocks()) {
            Color c = roleColour(b.role(), p);
            if (b.role() == BlockRole.NEXT_CHIP) {
                Box ghost = b.tiles().get(0);
                Box bar = b.tiles().get(1);
                g.setFill(c.deriveColor(0, 1, 1, 0.18));
                g.fillRect(bar.x(), bar.y(), bar.width(), bar.height());
                g.setStroke(c.deriveColor(0, 1, 1, 0.8));
                g.setLineDashes(5, 4);
                g.strokeRoundRect(ghost.x(), ghost.y(), ghost.width(), ghost.height(), 8, 8);
                g.setLineDashes();
                continue;
            }
            for (Box t : b.tiles()) {
                g.setFill(c.deriveColor(0, 1, 1, 0.14));
                g.fillRoundRect(t.x(), t.y(), t.width(), t.height(), 4, 4);
                g.setStroke(c.deriveColor(0, 1, 1, b.role() == BlockRole.COMPUTE ? 0.45 : 0.7));
                g.strokeRoundRect(t.x(), t.y(), t.width(), t.height(), 4, 4);
                if (b.role() == BlockRole.CIM_ARRAY) {
                    Box core = ChipScene.cimCore(t);
                    g.setFill(p.compute().deriveColor(0, 1, 1, 0.22));
                    g.fillRect(core.x(), core.y(), core.width(), core.height());
                }
            }
        }
    }

    /** A thick outline around each block of the roles a scenario step points at. */
    static void paintHighlights(GraphicsContext g, ChipScene s, java.util.Set<BlockRole> roles, CanvasPalette p) {
        if (roles.isEmpty()) {
            return;
        }
        // the text colour, dashed: it stands out on every block colour in both themes
        g.setStroke(p.text());
        g.setLineWidth(3);
        g.setLineDashes(9, 5);
        for (Block b : s.blocks()) {
            if (roles.contains(b.role())) {
                Box a = b.area();
                g.strokeRoundRect(a.x() - 4, a.y() - 4, a.width() + 8, a.height() + 8, 10, 10);
            }
        }
        g.setLineDashes();
        g.setLineWidth(1);
    }

    /** Title, subtitle, block captions and the payload legend (above the packets). */
    static void paintLabels(GraphicsContext g, ChipScene s, CanvasPalette p, String phaseText) {
        Box panel = s.panel();
        double x = panel.x() + ChipScene.PADDING;
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        double room = panel.width() - 2 * ChipScene.PADDING;
        // Narrow panels (three chips on a small window) get a smaller font and then an ellipsis,
        // never text squeezed sideways.
        Font title = fittingFont(s.title(), TITLE, 12, room);
        g.setFont(title);
        g.fillText(ellipsize(s.title(), title, room), x, panel.y() + 20);
        String subtitle = s.subtitle(phaseText);
        Font small = fittingFont(subtitle, SUBTITLE, 10.5, room);
        g.setFont(small);
        g.setFill(p.text().deriveColor(0, 1, 1, 0.75));
        g.fillText(ellipsize(subtitle, small, room), x, panel.y() + 38);

        for (Block b : s.blocks()) {
            if (b.caption().isEmpty()) {
                continue;
            }
            switch (b.role()) {
                case COMPUTE, CIM_ARRAY -> {
                    Box strip = new Box(b.area().x(), b.area().y(), b.area().width(), s.captionStrip());
                    // a narrow, tall column (the LPU's systolic arrays) reads better along its length
                    // than squeezed into its width
                    if (!fitsAcross(b.caption(), strip) && b.area().height() > 3 * b.area().width()) {
                        caption(g, p, b.caption(), b.area(), true);
                    } else {
                        caption(g, p, b.caption(), strip, false);
                    }
                }
                case NEXT_CHIP -> {
                    Box bar = b.tiles().get(1);
                    Box next = b.tiles().get(0);
                    caption(g, p, s.text().get("next.chip"), next, true);
                    double w = textWidth(b.caption(), CAPTION) + 8;
                    if (w <= bar.width()) {
                        caption(g, p, b.caption(), new Box(bar.x(), bar.y() - 18, bar.width(), 16), false);
                    } else {
                        // a bar too short for the bandwidth: above the next chip's box, in the free
                        // space there, rather than squeezed or over the die
                        caption(g, p, b.caption(), new Box(next.centerX() - w / 2, next.y() - 20, w, 16), false);
                    }
                }
                default -> caption(g, p, b.caption(), b.area(), b.area().height() > b.area().width() * 1.5);
            }
        }
        legend(g, p, s.text(), x, panel.y() + panel.height() - 10, room);
    }

    /** The payload colours in one row that stays inside the panel: tighter, then smaller, then "KV". */
    private static void legend(GraphicsContext g, CanvasPalette p, CanvasText text, double x, double baseline, double room) {
        Font small = Font.font("System", 11);
        String kv = text.get("legend.kv");
        String kvShort = text.get("legend.kv.short");
        Object[][] layouts = {{SUBTITLE, 14.0, kv}, {small, 8.0, kv}, {small, 8.0, kvShort}};
        Object[] chosen = layouts[layouts.length - 1];
        for (Object[] layout : layouts) {
            if (legendWidth(text, (Font) layout[0], (double) layout[1], (String) layout[2]) <= room) {
                chosen = layout;
                break;
            }
        }
        Font font = (Font) chosen[0];
        double gap = (double) chosen[1];
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        double cx = x;
        for (Payload payload : Payload.values()) {
            String label = legendLabel(text, payload, (String) chosen[2]);
            if (cx + 12 + textWidth(label, font) > x + room) {
                break;
            }
            g.setFill(p.payload(payload));
            swatch(g, PacketShape.of(payload), cx - 0.5, baseline - 8.5, 9);
            g.setFill(p.text().deriveColor(0, 1, 1, 0.8));
            g.fillText(label, cx + 12, baseline);
            cx += 12 + textWidth(label, font) + gap;
        }
    }

    /** A legend swatch in the payload's packet shape. */
    static void swatch(GraphicsContext g, PacketShape shape, double x, double y, double size) {
        switch (shape) {
            case SQUARE -> g.fillRect(x + 0.5, y + 0.5, size - 1, size - 1);
            case DIAMOND -> g.fillPolygon(new double[] {x + size / 2, x + size, x + size / 2, x},
                    new double[] {y, y + size / 2, y + size, y + size / 2}, 4);
            case CIRCLE -> g.fillOval(x, y, size, size);
        }
    }

    private static String legendLabel(CanvasText text, Payload payload, String kv) {
        return switch (payload) {
            case WEIGHTS -> text.get("legend.weights");
            case KV_CACHE -> kv;
            case ACTIVATIONS -> text.get("legend.activations");
        };
    }

    private static double legendWidth(CanvasText text, Font font, double gap, String kv) {
        double w = -gap;
        for (Payload payload : Payload.values()) {
            w += 12 + textWidth(legendLabel(text, payload, kv), font) + gap;
        }
        return w;
    }

    /** The font at its own size, or smaller down to {@code smallest}, whichever first fits the room. */
    static Font fittingFont(String text, Font font, double smallest, double room) {
        Font f = font;
        while (textWidth(text, f) > room && f.getSize() - 0.5 >= smallest) {
            f = Font.font(font.getFamily(), FontWeight.findByName(font.getStyle().contains("Bold") ? "BOLD" : "NORMAL"),
                    f.getSize() - 0.5);
        }
        return f;
    }

    /** The text, cut at a word with "…" when it does not fit the room in this font. */
    static String ellipsize(String text, Font font, double room) {
        if (textWidth(text, font) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && textWidth(cut + "…", font) > room) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space).stripTrailing() : cut.substring(0, cut.length() - 1);
        }
        while (cut.endsWith("·") || cut.endsWith(",")) {
            cut = cut.substring(0, cut.length() - 1).stripTrailing();
        }
        return cut + "…";
    }

    /** Whether {@code text} fits across {@code box} at the smallest caption size, split at " · " if the box is tall enough. */
    static boolean fitsAcross(String text, Box box) {
        Font smallest = Font.font("System", FontWeight.BOLD, MIN_CAPTION_SIZE);
        double room = box.width() - 6;
        int split = splitAt(text, box);
        if (split > 0) {
            return textWidth(text.substring(0, split), smallest) <= room && textWidth(text.substring(split + 3), smallest) <= room;
        }
        return textWidth(text, smallest) <= room;
    }

    /** Where a horizontal caption may break onto two lines (at its " · "), or -1 when the box is too low or the text has none. */
    private static int splitAt(String text, Box box) {
        int split = text.indexOf(" · ");
        return split > 0 && box.height() >= 2 * CAPTION.getSize() + 6 ? split : -1;
    }

    /** A caption centred in a box on a plate of the background colour, shrunk to fit, rotated in tall boxes. */
    static void caption(GraphicsContext g, CanvasPalette p, String text, Box box, boolean vertical) {
        double room = (vertical ? box.height() : box.width()) - 6;
        int split = vertical ? -1 : splitAt(text, box);
        if (split > 0 && textWidth(text, CAPTION) > room) {
            Box top = new Box(box.x(), box.y(), box.width(), box.height() / 2);
            Box bottom = new Box(box.x(), box.centerY(), box.width(), box.height() / 2);
            caption(g, p, text.substring(0, split), top, false);
            caption(g, p, text.substring(split + 3), bottom, false);
            return;
        }
        double size = CAPTION.getSize();
        while (size > MIN_CAPTION_SIZE && textWidth(text, Font.font("System", FontWeight.BOLD, size)) > room) {
            size -= 0.5;
        }
        Font font = Font.font("System", FontWeight.BOLD, size);
        double w = Math.min(room, textWidth(text, font));
        g.save();
        g.translate(box.centerX(), box.centerY());
        if (vertical) {
            g.rotate(-90);
        }
        g.setFill(p.background().deriveColor(0, 1, 1, 0.82));
        g.fillRoundRect(-w / 2 - 3, -size / 2 - 3, w + 6, size + 6, 6, 6);
        g.setFill(p.text());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, 0, 0, room);
        g.restore();
    }

    /**
     * How brightly each block glows in a frame, one alpha per block in {@link ChipScene#blocks()}
     * order, then the compute units' light. Glows change only when a trace event starts or ends, so
     * the canvas compares this with the last frame's and repaints the glows only when it differs.
     */
    static double[] glowState(ChipScene s, ChipFrame f) {
        List<Block> blocks = s.blocks();
        double[] state = new double[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            state[i] = b.role() == BlockRole.COMPUTE ? 0 : glowAlpha(f.utilisation(b.levelNames()));
        }
        state[blocks.size()] = computeAlpha(f);
        return state;
    }

    /** Glows and lit compute units for a {@link #glowState}, drawn over the blocks. */
    static void paintGlows(GraphicsContext g, ChipScene s, double[] state, CanvasPalette p) {
        List<Block> blocks = s.blocks();
        double compute = state[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Color c = roleColour(b.role(), p);
            switch (b.role()) {
                case COMPUTE -> fillTiles(g, b.tiles(), c, compute);
                case CIM_ARRAY -> {
                    fillTiles(g, b.tiles(), c, state[i]);
                    if (compute > 0) {
                        fillTiles(g, b.tiles().stream().map(ChipScene::cimCore).toList(), p.compute(), Math.min(1, compute + 0.1));
                    }
                }
                case NEXT_CHIP -> fillTiles(g, b.tiles().subList(1, 2), c, state[i]);
                default -> fillTiles(g, b.tiles(), c, state[i]);
            }
        }
    }

    /** The clock line under a chip: simulated time, the layer's duration and what runs now. */
    static String clockLine(ChipScene s, ChipFrame f) {
        double duration = s.view().trace().durationSeconds();
        CanvasText text = s.text();
        String state = f.done()
                ? text.format("clock.done", Readable.seconds(duration))
                : f.operator().map(text::operator).orElse(text.get("clock.waiting"));
        return text.format("clock.line", Readable.seconds(f.timeSeconds()), Readable.seconds(duration), state);
    }

    /** Draws a clock line with its baseline at {@code baselineY} in the panel's column. */
    static void paintClock(GraphicsContext g, ChipScene s, String line, double baselineY, CanvasPalette p) {
        Box panel = s.panel();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setFont(CLOCK);
        g.setFill(p.text());
        g.fillText(line, panel.x() + ChipScene.PADDING, baselineY, panel.width() - 2 * ChipScene.PADDING);
    }

    private static final double DONE_BADGE_HEIGHT = 32;

    /** The veil and badge over a chip that has finished its layer (drawn above the labels). */
    static void paintDone(GraphicsContext g, ChipScene s, CanvasPalette p) {
        Box die = s.die();
        g.setFill(p.background().deriveColor(0, 1, 1, 0.6));
        g.fillRect(die.x() - 6, die.y() - 6, die.width() + 12, die.height() + 12);
        String text = s.text().get("done.badge");
        double w = Math.min(die.width() - 8, textWidth(text, DONE) + 20);
        // near the foot of the die, over compute tiles or memory banks: the captions sit at the top
        // and in the middle (the SMs' count, L2, the SRAM's vertical label), and stay readable
        double centreY = die.y() + die.height() - DONE_BADGE_HEIGHT / 2 - 10;
        g.setFill(p.background());
        g.fillRoundRect(die.centerX() - w / 2, centreY - DONE_BADGE_HEIGHT / 2, w, DONE_BADGE_HEIGHT, 10, 10);
        g.setStroke(p.text().deriveColor(0, 1, 1, 0.5));
        g.strokeRoundRect(die.centerX() - w / 2, centreY - DONE_BADGE_HEIGHT / 2, w, DONE_BADGE_HEIGHT, 10, 10);
        g.setFill(p.text());
        // a narrow die (1024 x 768, three chips) gets smaller type rather than squeezed letters
        g.setFont(fittingFont(text, DONE, 9, w - 16));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, die.centerX(), centreY, w - 12);
    }

    private static void fillTiles(GraphicsContext g, List<Box> tiles, Color c, double alpha) {
        if (alpha <= 0) {
            return;
        }
        g.setFill(c.deriveColor(0, 1, 1, alpha));
        for (Box t : tiles) {
            g.fillRoundRect(t.x(), t.y(), t.width(), t.height(), 4, 4);
        }
    }

    static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
