package org.memwall.core.sim;

import org.memwall.core.model.Precision;

/**
 * One published measured run (a row of measurements.csv): the set-up and the number to reproduce.
 *
 * @param metric {@code decode_tokens_per_second_per_user}, {@code decode_tokens_per_second} or {@code ttft_seconds}
 */
public record Measurement(
        String id,
        String hardwareId,
        String modelId,
        int chips,
        int batch,
        int promptTokens,
        int outputTokens,
        Precision precision,
        String metric,
        double value,
        String unit,
        String conditions,
        String source) {

    public static final String DECODE_TOKENS_PER_SECOND_PER_USER = "decode_tokens_per_second_per_user";
    public static final String DECODE_TOKENS_PER_SECOND = "decode_tokens_per_second";
    public static final String TTFT_SECONDS = "ttft_seconds";

    /** The number this metric names in a result. */
    public double predictedFrom(Result r) {
        return switch (metric) {
            case DECODE_TOKENS_PER_SECOND_PER_USER -> r.tokensPerSecondPerUser();
            case DECODE_TOKENS_PER_SECOND -> r.tokensPerSecond();
            case TTFT_SECONDS -> r.timeToFirstTokenSeconds();
            default -> throw new IllegalArgumentException("unknown metric '" + metric + "' in measurement " + id);
        };
    }
}
