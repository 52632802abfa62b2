package org.memwall.core.sim;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a published run measured, with the id a measurements file names it by.
 *
 * <p>{@link #AGGREGATE_TOKENS_PER_SECOND} is a static batch's output rate over the whole request:
 * batch x output / (time to first token + output x time per output token).
 */
public enum Metric {
    DECODE_TOKENS_PER_SECOND_PER_USER("decode_tokens_per_second_per_user", "tok/s"),
    DECODE_TOKENS_PER_SECOND("decode_tokens_per_second", "tok/s"),
    TTFT_SECONDS("ttft_seconds", "s"),
    AGGREGATE_TOKENS_PER_SECOND("aggregate_tokens_per_second", "tok/s"),
    GPU_JOULES_PER_OUTPUT_TOKEN("gpu_joules_per_output_token", "J/token");

    private final String id;
    private final String unit;

    Metric(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** Energy rows are scored apart from speed rows. */
    public boolean isEnergy() {
        return this == GPU_JOULES_PER_OUTPUT_TOKEN;
    }

    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
