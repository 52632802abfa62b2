package org.memwall.ui.canvas;

/** An axis-aligned rectangle in canvas pixels (or, in a layout, in shares of the die). */
record Box(double x, double y, double width, double height) {

    double maxX() {
        return x + width;
    }

    double maxY() {
        return y + height;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    /** This box, given in shares of {@code outer}, in outer's coordinates. */
    Box within(Box outer) {
        return new Box(outer.x + x * outer.width, outer.y + y * outer.height, width * outer.width, height * outer.height);
    }

    Box inset(double d) {
        return new Box(x + d, y + d, Math.max(0, width - 2 * d), Math.max(0, height - 2 * d));
    }

    /** The i-th of n equal slices, stacked along the longer side. */
    Box slice(int i, int n) {
        if (height >= width) {
            double h = height / n;
            return new Box(x, y + i * h, width, h);
        }
        double w = width / n;
        return new Box(x + i * w, y, w, height);
    }
}
