package org.memwall.core.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which (chip, batch) points no other point beats on both counts: more tokens/s per user and a
 * lower cost per token/s. Along the frontier, going faster per user costs more per token/s.
 */
public final class Pareto {
    private Pareto() {
    }

    /**
     * One chip at one batch size.
     *
     * @param label a name for the point (the chip)
     */
    public record Point(String label, int batch, double tokensPerSecondPerUser, double costUsdPerTokenPerSecond) {
    }

    /**
     * The points on the frontier, slowest per user first. A point is on it when no other point is
     * at least as fast per user and at least as cheap, and better in one of the two.
     */
    public static List<Point> frontier(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points.stream()
                .filter(p -> Double.isFinite(p.tokensPerSecondPerUser()) && Double.isFinite(p.costUsdPerTokenPerSecond()))
                .toList());
        // fastest first; among equally fast, cheapest first
        sorted.sort(Comparator.comparingDouble(Point::tokensPerSecondPerUser).reversed()
                .thenComparingDouble(Point::costUsdPerTokenPerSecond));
        List<Point> out = new ArrayList<>();
        double cheapest = Double.POSITIVE_INFINITY;
        for (Point p : sorted) {
            if (p.costUsdPerTokenPerSecond() < cheapest) {
                out.add(p);
                cheapest = p.costUsdPerTokenPerSecond();
            }
        }
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }
}
