package org.memwall.core.sim;

import java.util.List;

/**
 * What limits a phase: the bound whose operators take most of its time (ties go to the bound
 * listed first in {@link Bound}; a phase with no operators is latency bound).
 */
public final class Bounds {
    private static final Bound[] ALL = Bound.values();

    private Bounds() {
    }

    public static Bound of(PhaseResult phase) {
        Tally tally = new Tally();
        List<OperatorResult> ops = phase.operators();
        for (int i = 0; i < ops.size(); i++) {
            OperatorResult o = ops.get(i);
            tally.add(o.bound(), o.totalSeconds());
        }
        return tally.largest();
    }

    /** Seconds by bound as a phase's operators are timed (the full run's results, or the metrics-only sums). */
    static final class Tally {
        private final double[] seconds = new double[ALL.length];
        /** A bit per {@link Bound#ordinal()} that some operator has. */
        private int present;

        void add(Bound bound, double operatorSeconds) {
            seconds[bound.ordinal()] += operatorSeconds;
            present |= 1 << bound.ordinal();
        }

        /** The bound with the most seconds among those some operator has. */
        Bound largest() {
            int best = -1;
            for (int i = 0; i < seconds.length; i++) {
                if ((present & 1 << i) != 0 && (best < 0 || seconds[i] > seconds[best])) {
                    best = i;
                }
            }
            return best < 0 ? Bound.LATENCY : ALL[best];
        }
    }
}
