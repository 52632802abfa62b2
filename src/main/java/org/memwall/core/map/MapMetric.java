package org.memwall.core.map;

import java.util.function.ToDoubleFunction;
import org.memwall.core.sim.Metrics;

/**
 * What a map colours its cells by. {@link #BOUND} has no scale: its cells are coloured by what
 * limits decode, and its value is the bound's ordinal.
 *
 * @param higherIsBetter whether a larger value is the better one (for the colour scale's direction)
 */
public enum MapMetric {
    TOKENS_PER_SECOND_PER_USER("tokens-per-user", true, Metrics::tokensPerSecondPerUser),
    TOKENS_PER_SECOND("tokens-per-second", true, Metrics::tokensPerSecond),
    TIME_TO_FIRST_TOKEN("ttft", false, Metrics::timeToFirstTokenSeconds),
    JOULES_PER_TOKEN("joules-per-token", false, Metrics::joulesPerToken),
    COST_PER_TOKEN_PER_SECOND("cost-per-token-per-second", false, Metrics::costUsdPerTokenPerSecond),
    BOUND("bound", false, m -> m.decodeBound().ordinal());

    private final String id;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<Metrics> value;

    MapMetric(String id, boolean higherIsBetter, ToDoubleFunction<Metrics> value) {
        this.id = id;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    public String id() {
        return id;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean categorical() {
        return this == BOUND;
    }

    public double value(Metrics m) {
        return value.applyAsDouble(m);
    }
}
