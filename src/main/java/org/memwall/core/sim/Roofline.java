package org.memwall.core.sim;

import java.util.List;

/**
 * Roofs of one chip and where a phase's operators sit under them (log-log chart).
 *
 * @param peakOpsPerSecond the matrix peak in the compute format
 * @param roofs            one bandwidth roof per memory level (and "link")
 * @param points           each operator: ops per byte of its bounding memory level, and ops/s achieved
 */
public record Roofline(double peakOpsPerSecond, List<Roof> roofs, List<Point> points) {
    public Roofline {
        roofs = List.copyOf(roofs);
        points = List.copyOf(points);
    }

    public record Roof(String level, double bandwidthBytesPerSecond) {
        /** Intensity (ops/byte) where this roof meets the compute peak. */
        public double ridgeIntensity(double peakOpsPerSecond) {
            return peakOpsPerSecond / bandwidthBytesPerSecond;
        }
    }

    public record Point(Phase phase, Operator operator, double opsPerByte, double achievedOpsPerSecond, Bound bound) {
    }
}
