package org.memwall.ui.charts;

import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import org.memwall.core.sim.Bound;

/**
 * Lines over a bar or a legend swatch that tell what bounds an operator without its colour:
 * compute-bound plain, memory-bound diagonal stripes, link-bound dots, latency-bound cross-hatch.
 * Drawn as vector lines cut to the box (so an SVG export keeps them sharp), in the surface colour.
 */
final class Hatch extends Region {
    static final String STYLE = "mw-hatch";
    private static final double SPACING = 6;

    enum Pattern { NONE, STRIPES, DOTS, CROSS }

    static Pattern of(Bound bound) {
        return switch (bound) {
            case COMPUTE -> Pattern.NONE;
            case MEMORY -> Pattern.STRIPES;
            case LINK -> Pattern.DOTS;
            case LATENCY -> Pattern.CROSS;
        };
    }

    private final Path path = new Path();
    private Pattern pattern = Pattern.NONE;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    Hatch(Pattern pattern) {
        setMouseTransparent(true);
        setManaged(true);
        setMinSize(0, 0);
        path.getStyleClass().add(STYLE);
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        getChildren().add(path);
        setPattern(pattern);
    }

    Pattern pattern() {
        return pattern;
    }

    void setPattern(Pattern p) {
        if (p != pattern) {
            pattern = p;
            drawnWidth = -1;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w == drawnWidth && h == drawnHeight) {
            return;
        }
        drawnWidth = w;
        drawnHeight = h;
        path.getElements().setAll(elements(pattern, w, h));
    }

    /** The pattern's lines inside a w x h box. */
    static java.util.List<PathElement> elements(Pattern pattern, double w, double h) {
        java.util.List<PathElement> out = new java.util.ArrayList<>();
        if (w <= 0 || h <= 0) {
            return out;
        }
        switch (pattern) {
            case NONE -> {
            }
            case STRIPES -> diagonals(out, w, h, false);
            case CROSS -> {
                diagonals(out, w, h, false);
                diagonals(out, w, h, true);
            }
            case DOTS -> {
                for (double y = SPACING / 2; y < h; y += SPACING) {
                    double shift = ((int) (y / SPACING) % 2) * SPACING / 2;
                    for (double x = SPACING / 2 + shift; x < w; x += SPACING) {
                        out.add(new MoveTo(x - 0.6, y));
                        out.add(new LineTo(x + 0.6, y));
                    }
                }
            }
        }
        return out;
    }

    /** 45-degree lines x + y = c (or x - y = c when {@code rising}), cut to the box. */
    private static void diagonals(java.util.List<PathElement> out, double w, double h, boolean rising) {
        for (double c = -h; c < w + h; c += SPACING) {
            double x0 = rising ? Math.max(0, c) : Math.max(0, c - h);
            double x1 = rising ? Math.min(w, c + h) : Math.min(w, c);
            if (x1 - x0 < 0.5) {
                continue;
            }
            double y0 = rising ? x0 - c : c - x0;
            double y1 = rising ? x1 - c : c - x1;
            out.add(new MoveTo(x0, y0));
            out.add(new LineTo(x1, y1));
        }
    }
}
