package org.memwall.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.memwall.io.SafeFiles;

/**
 * A chart as an SVG file, vector for print: drawn by {@link FxPainter} into JFreeSVG's Graphics2D,
 * with the settings it shows as the file's title and description.
 */
public final class SvgExport {
    private SvgExport() {
    }

    /** Must run on the FX thread. The SVG text of {@code node} as it is on screen. */
    public static String render(Node node, ShownState shown, String chartTitle) {
        Bounds b = node.getLayoutBounds();
        int w = (int) Math.ceil(b.getWidth());
        int h = (int) Math.ceil(b.getHeight());
        if (w < 1 || h < 1) {
            throw new IllegalStateException("the chart is not on screen (" + w + "x" + h + ")");
        }
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.translate(-b.getMinX(), -b.getMinY());
        new FxPainter(g, node).paint(node);
        // no DOCTYPE: SVG 1.1 and later need none, and readers would fetch the DTD from the web
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
        int open = svg.indexOf('>', svg.indexOf("<svg"));
        String meta = "<title>" + xml(chartTitle + " — " + shown.title()) + "</title><desc>" + xml(shown.description()
                + ". Made by " + shown.textEntries().get("Software") + " on " + shown.textEntries().get("Creation Time")
                + "; again with: " + shown.textEntries().get("Source")) + "</desc>";
        return svg.substring(0, open + 1) + meta + svg.substring(open + 1);
    }

    public static void write(Node node, ShownState shown, String chartTitle, Path file, SafeFiles.Overwrite policy)
            throws IOException {
        byte[] bytes = render(node, shown, chartTitle).getBytes(StandardCharsets.UTF_8);
        SafeFiles.write(file, policy, bytes);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
