package org.memwall.ui.canvas;

import java.util.Objects;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.core.trace.Trace;

/** What the canvas needs from one Result: the chip, how many of them, and the trace on screen. */
record ChipView(Hardware hardware, int chips, Trace trace, Precision computePrecision) {

    ChipView {
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(computePrecision, "computePrecision");
        if (chips < 1) {
            throw new IllegalArgumentException("chips must be at least 1, got " + chips);
        }
    }

    static ChipView of(Result result, Phase phase) {
        return new ChipView(result.hardware(), result.parallelism().chips(),
                phase == Phase.PREFILL ? result.prefillTrace() : result.decodeTrace(),
                result.scenario().workload().computePrecision());
    }
}
