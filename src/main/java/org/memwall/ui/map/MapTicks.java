package org.memwall.ui.map;

import java.util.ArrayList;
import java.util.List;

/** Where an axis gets tick labels: a few round values inside its range, never crowded. */
final class MapTicks {
    /** At most this many labels on an axis. */
    static final int MOST = 7;

    private MapTicks() {
    }

    static List<Double> of(MapAxis axis, double[] range, double[] cellValues) {
        List<Double> out = new ArrayList<>();
        if (cellValues.length <= MOST) {
            for (double v : cellValues) {
                out.add(v);
            }
            return out;
        }
        if (cellValues.length < MapModel.CELLS) {
            // powers of two: every second or third one
            int step = (int) Math.ceil(cellValues.length / (double) MOST);
            for (int i = 0; i < cellValues.length; i += step) {
                out.add(cellValues[i]);
            }
            return out;
        }
        double lo = range[0];
        double hi = range[1];
        if (axis.logarithmic()) {
            for (double decade = Math.pow(10, Math.floor(Math.log10(lo))); decade <= hi; decade *= 10) {
                for (double f : new double[] {1, 2, 5}) {
                    double v = decade * f;
                    if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                        out.add(v);
                    }
                }
            }
            while (out.size() > MOST) {
                List<Double> fewer = new ArrayList<>();
                for (int i = 0; i < out.size(); i += 2) {
                    fewer.add(out.get(i));
                }
                out = fewer;
            }
            return out;
        }
        double rough = (hi - lo) / (MOST - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (magnitude * f >= rough) {
                step = magnitude * f;
                break;
            }
        }
        for (double v = Math.ceil(lo / step) * step; v <= hi * (1 + 1e-9); v += step) {
            out.add(v);
        }
        return out;
    }
}
