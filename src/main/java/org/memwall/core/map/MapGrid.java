package org.memwall.core.map;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.Metrics;

/**
 * A computed map: the axis values and each cell's metrics, {@code x} fastest. A cell is empty
 * when its settings cannot run at all; a cell whose model does not fit has metrics with
 * {@code fits() == false}.
 *
 * @param generation which request this answers (later requests have larger numbers)
 */
public record MapGrid(long generation, double[] xs, double[] ys, List<Metrics> cells) {

    public MapGrid {
        xs = xs.clone();
        ys = ys.clone();
        if (cells.size() != xs.length * ys.length) {
            throw new IllegalArgumentException(cells.size() + " cells for a " + xs.length + " x " + ys.length + " grid");
        }
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public int columns() {
        return xs.length;
    }

    public int rows() {
        return ys.length;
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    public double x(int column) {
        return xs[column];
    }

    public double y(int row) {
        return ys[row];
    }

    /** The metrics of a cell, empty when its settings cannot run. */
    public Optional<Metrics> cell(int column, int row) {
        return Optional.ofNullable(cells.get(row * xs.length + column));
    }

    /** A cell's value of a metric; NaN for an empty cell, one that does not fit, or a metric it has no figure for. */
    public double value(int column, int row, MapMetric metric) {
        Metrics m = cells.get(row * xs.length + column);
        return m == null || !m.fits() ? Double.NaN : metric.value(m);
    }

    /** What bounds decode in a cell, empty where it has no figures. */
    public Optional<Bound> bound(int column, int row) {
        Metrics m = cells.get(row * xs.length + column);
        return m == null || !m.fits() ? Optional.empty() : Optional.of(m.decodeBound());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapGrid g && g.generation == generation && Arrays.equals(g.xs, xs) && Arrays.equals(g.ys, ys)
                && g.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(generation) * 31 + Arrays.hashCode(xs) * 17 + Arrays.hashCode(ys) + cells.hashCode();
    }

    @Override
    public String toString() {
        return "MapGrid[" + generation + ", " + xs.length + " x " + ys.length + "]";
    }
}
