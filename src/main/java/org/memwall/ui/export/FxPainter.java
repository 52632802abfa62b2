package org.memwall.ui.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * Paints a JavaFX node tree onto a Java2D {@link Graphics2D} as vector graphics: region
 * backgrounds and borders (with their shapes), paths, lines and other shapes, and text as text.
 * Images and canvases go in as pictures. Clips and opacity are kept; effects (shadows) are not.
 * Enough for the charts, whose every line, bar and label is one of these; not a general renderer.
 */
final class FxPainter {
    private final Graphics2D g;
    private final Transform rootFromScene;
    private final AffineTransform base;

    FxPainter(Graphics2D g, Node root) {
        this.g = g;
        try {
            this.rootFromScene = root.getLocalToSceneTransform().createInverse();
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            throw new IllegalArgumentException("the node cannot be drawn: its transform has no inverse", e);
        }
        this.base = g.getTransform();
    }

    void paint(Node n) {
        paint(n, 1);
    }

    private void paint(Node n, double opacity) {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        double alpha = opacity * n.getOpacity();
        Shape clipBefore = g.getClip();
        AffineTransform transformBefore = g.getTransform();
        toLocal(n);
        if (n.getClip() instanceof Rectangle r) {
            g.clip(new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight()));
        }
        if (n instanceof Region r) {
            region(r, alpha);
        } else if (n instanceof Text t) {
            text(t, alpha);
        } else if (n instanceof javafx.scene.shape.Shape s) {
            shape(s, alpha);
        } else if (n instanceof ImageView || n instanceof Canvas) {
            picture(n, alpha);
        }
        if (n instanceof Parent p && !(n instanceof Canvas)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                paint(c, alpha);
            }
        }
        g.setTransform(transformBefore);
        g.setClip(clipBefore);
    }

    /** Coordinates of {@code n}'s own space, relative to the painted root. */
    private void toLocal(Node n) {
        Transform t = rootFromScene.createConcatenation(n.getLocalToSceneTransform());
        AffineTransform at = new AffineTransform(base);
        at.concatenate(new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy()));
        g.setTransform(at);
    }

    private void region(Region r, double alpha) {
        double w = r.getWidth();
        double h = r.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Background bg = r.getBackground();
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                java.awt.Paint paint = awt(f.getFill(), alpha);
                if (paint != null) {
                    g.setPaint(paint);
                    g.fill(area(r, f.getInsets(), f.getRadii(), w, h));
                }
            }
        }
        Border border = r.getBorder();
        if (border != null) {
            for (BorderStroke s : border.getStrokes()) {
                border(s, w, h, alpha);
            }
        }
    }

    /** A fill's area: the region's shape when it has one, otherwise its box less the insets, with round corners. */
    private static Shape area(Region r, Insets in, CornerRadii radii, double w, double h) {
        double x = in.getLeft();
        double y = in.getTop();
        double iw = w - in.getLeft() - in.getRight();
        double ih = h - in.getTop() - in.getBottom();
        if (r.getShape() instanceof SVGPath svg) {
            Path2D path = SvgPaths.parse(svg.getContent());
            Rectangle2D b = path.getBounds2D();
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                AffineTransform fit = new AffineTransform();
                if (r.isScaleShape()) {
                    fit.translate(x, y);
                    fit.scale(iw / b.getWidth(), ih / b.getHeight());
                } else {
                    fit.translate(x + (iw - b.getWidth()) / 2, y + (ih - b.getHeight()) / 2);
                }
                fit.translate(-b.getX(), -b.getY());
                return fit.createTransformedShape(path);
            }
        }
        double radius = radii == null ? 0 : Math.min(radii.getTopLeftHorizontalRadius(), Math.min(iw, ih) / 2);
        if (radii != null && radii.isTopLeftHorizontalRadiusAsPercentage()) {
            radius = radii.getTopLeftHorizontalRadius() * Math.min(iw, ih);
        }
        return radius > 0 ? new RoundRectangle2D.Double(x, y, iw, ih, 2 * radius, 2 * radius)
                : new Rectangle2D.Double(x, y, iw, ih);
    }

    private void border(BorderStroke s, double w, double h, double alpha) {
        Insets in = s.getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double right = w - in.getRight();
        double bottom = h - in.getBottom();
        side(s.getTopStroke(), s.getTopStyle(), s.getWidths().getTop(), alpha, left, top, right, top, true);
        side(s.getBottomStroke(), s.getBottomStyle(), s.getWidths().getBottom(), alpha, left, bottom, right, bottom, false);
        side(s.getLeftStroke(), s.getLeftStyle(), s.getWidths().getLeft(), alpha, left, top, left, bottom, true);
        side(s.getRightStroke(), s.getRightStyle(), s.getWidths().getRight(), alpha, right, top, right, bottom, false);
    }

    /** One side of a border, its line inside the box by half its width. */
    private void side(Paint paint, BorderStrokeStyle style, double width, double alpha,
                      double x0, double y0, double x1, double y1, boolean startSide) {
        java.awt.Paint p = awt(paint, alpha);
        if (p == null || width <= 0 || style == null || style == BorderStrokeStyle.NONE) {
            return;
        }
        double shift = (startSide ? 1 : -1) * width / 2;
        boolean horizontal = y0 == y1;
        g.setPaint(p);
        g.setStroke(stroke(width, style.getDashArray(), StrokeLineCap.BUTT));
        g.draw(horizontal ? new Line2D.Double(x0, y0 + shift, x1, y1 + shift) : new Line2D.Double(x0 + shift, y0, x1 + shift, y1));
    }

    private void text(Text t, double alpha) {
        java.awt.Paint p = awt(t.getFill(), alpha);
        String s = t.getText();
        if (p == null || s == null || s.isEmpty()) {
            return;
        }
        javafx.scene.text.Font f = t.getFont();
        boolean bold = f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")
                || FontWeight.findByName(f.getStyle()) == FontWeight.BOLD;
        g.setFont(new Font(f.getFamily(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) f.getSize()));
        g.setPaint(p);
        Bounds b = t.getLayoutBounds();
        double baseline = b.getMinY() + t.getBaselineOffset();
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], (float) b.getMinX(), (float) (baseline + i * f.getSize() * 1.2));
        }
    }

    private void shape(javafx.scene.shape.Shape s, double alpha) {
        Shape outline = outline(s);
        if (outline == null) {
            return;
        }
        java.awt.Paint fill = awt(s.getFill(), alpha);
        if (fill != null && !(s instanceof Line) && !(s instanceof Polyline)) {
            g.setPaint(fill);
            g.fill(outline);
        }
        java.awt.Paint stroke = awt(s.getStroke(), alpha);
        if (stroke != null && s.getStrokeWidth() > 0) {
            g.setPaint(stroke);
            double[] dashes = s.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray();
            g.setStroke(stroke(s.getStrokeWidth(), dashes.length == 0 ? null : List.of(s.getStrokeDashArray().toArray(Double[]::new)),
                    s.getStrokeLineCap()));
            g.draw(outline);
        }
    }

    private static Shape outline(javafx.scene.shape.Shape s) {
        if (s instanceof Path p) {
            return path(p.getElements());
        }
        if (s instanceof Line l) {
            return new Line2D.Double(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY());
        }
        if (s instanceof Rectangle r) {
            return r.getArcWidth() > 0 ? new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(),
                    r.getArcWidth(), r.getArcHeight()) : new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        if (s instanceof Circle c) {
            return new Ellipse2D.Double(c.getCenterX() - c.getRadius(), c.getCenterY() - c.getRadius(), 2 * c.getRadius(), 2 * c.getRadius());
        }
        if (s instanceof Ellipse e) {
            return new Ellipse2D.Double(e.getCenterX() - e.getRadiusX(), e.getCenterY() - e.getRadiusY(), 2 * e.getRadiusX(), 2 * e.getRadiusY());
        }
        if (s instanceof Polyline pl) {
            return points(pl.getPoints(), false);
        }
        if (s instanceof Polygon pg) {
            return points(pg.getPoints(), true);
        }
        if (s instanceof SVGPath svg) {
            return SvgPaths.parse(svg.getContent());
        }
        return null;
    }

    private static Path2D points(List<Double> xy, boolean closed) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i + 1 < xy.size(); i += 2) {
            if (i == 0) {
                p.moveTo(xy.get(i), xy.get(i + 1));
            } else {
                p.lineTo(xy.get(i), xy.get(i + 1));
            }
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    static Path2D path(List<PathElement> elements) {
        Path2D p = new Path2D.Double();
        boolean started = false;
        for (PathElement e : elements) {
            if (e instanceof MoveTo m) {
                p.moveTo(m.getX(), m.getY());
                started = true;
            } else if (!started) {
                p.moveTo(0, 0);
                started = true;
            }
            if (e instanceof LineTo l) {
                p.lineTo(l.getX(), l.getY());
            } else if (e instanceof HLineTo hl) {
                p.lineTo(hl.getX(), p.getCurrentPoint().getY());
            } else if (e instanceof VLineTo vl) {
                p.lineTo(p.getCurrentPoint().getX(), vl.getY());
            } else if (e instanceof CubicCurveTo c) {
                p.curveTo(c.getControlX1(), c.getControlY1(), c.getControlX2(), c.getControlY2(), c.getX(), c.getY());
            } else if (e instanceof QuadCurveTo q) {
                p.quadTo(q.getControlX(), q.getControlY(), q.getX(), q.getY());
            } else if (e instanceof ArcTo a) {
                p.lineTo(a.getX(), a.getY());
            } else if (e instanceof ClosePath) {
                p.closePath();
            }
        }
        return p;
    }

    private void picture(Node n, double alpha) {
        Bounds b = n.getLayoutBounds();
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(n.snapshot(params, null), null);
        g.drawImage(image, (int) Math.round(b.getMinX()), (int) Math.round(b.getMinY()), null);
    }

    private static BasicStroke stroke(double width, List<Double> dashes, StrokeLineCap cap) {
        int awtCap = cap == StrokeLineCap.ROUND ? BasicStroke.CAP_ROUND : cap == StrokeLineCap.SQUARE ? BasicStroke.CAP_SQUARE
                : BasicStroke.CAP_BUTT;
        if (dashes == null || dashes.isEmpty() || dashes.stream().allMatch(d -> d <= 0)) {
            return new BasicStroke((float) width, awtCap, BasicStroke.JOIN_MITER);
        }
        float[] pattern = new float[dashes.size()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (float) Math.max(0.01, dashes.get(i));
        }
        return new BasicStroke((float) width, awtCap, BasicStroke.JOIN_MITER, 10, pattern, 0);
    }

    /** A JavaFX paint as Java2D's, with the node's opacity; gradients as their middle colour; null for nothing. */
    static java.awt.Paint awt(Paint paint, double alpha) {
        Color c = null;
        if (paint instanceof Color colour) {
            c = colour;
        } else if (paint instanceof LinearGradient lg && !lg.getStops().isEmpty()) {
            c = middle(lg.getStops());
        } else if (paint instanceof RadialGradient rg && !rg.getStops().isEmpty()) {
            c = middle(rg.getStops());
        }
        if (c == null || c.getOpacity() * alpha <= 0.001) {
            return null;
        }
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) Math.min(1, c.getOpacity() * alpha));
    }

    private static Color middle(List<Stop> stops) {
        return stops.get(stops.size() / 2).getColor();
    }
}
