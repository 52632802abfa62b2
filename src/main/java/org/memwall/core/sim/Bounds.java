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
        double[] seconds = new double[ALL.length];
        boolean[] present = new boolean[ALL.length];
        List<OperatorResult> ops = phase.operators();
        for (int i = 0; i < ops.size(); i++) {
            OperatorResult o = ops.get(i);
            seconds[o.bound().ordinal()] += o.totalSeconds();
            present[o.bound().ordinal()] = true;
        }
        return largest(seconds, present);
    }

    /**
     * The bound with the most seconds among those some operator has, from arrays indexed by
     * {@link Bound#ordinal()}.
     */
    static Bound largest(double[] secondsByBound, boolean[] present) {
        int best = -1;
        for (int i = 0; i < secondsByBound.length; i++) {
            if (present[i] && (best < 0 || secondsByBound[i] > secondsByBound[best])) {
                best = i;
            }
        }
        return best < 0 ? Bound.LATENCY : ALL[best];
    }
}
