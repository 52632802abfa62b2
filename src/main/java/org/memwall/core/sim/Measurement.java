package org.memwall.core.sim;

import java.util.Objects;
import java.util.Optional;
import org.memwall.core.model.Precision;

/**
 * One published measured run (a row of measurements.csv): the set-up and the number to reproduce.
 *
 * @param chips            chips the run used; 0 means the fewest that hold the model
 * @param batch            sequences in the batch; 0 where the source does not say (batch, prompt
 *                         and output are all known in a run that can be scored)
 * @param precision        the weights' format
 * @param computePrecision the matrix units' format where the run names one (W4A8, FP8 builds)
 * @param kvPrecision      the KV cache's format where the run names one (empty: 16-bit)
 * @param stack            the serving software that ran it, where known
 * @param source           where it was published; runs of one source are left out of a fit together
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
        Metric metric,
        double value,
        String unit,
        String conditions,
        String source,
        Optional<Precision> computePrecision,
        Optional<Precision> kvPrecision,
        Optional<String> stack,
        RunMode mode) {

    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(computePrecision, "computePrecision");
        Objects.requireNonNull(kvPrecision, "kvPrecision");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(mode, "mode");
        if (chips < 0 || batch < 0 || promptTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("measurement " + id + ": chips, batch, prompt and output must be 0 (unknown or fewest) or more");
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("measurement " + id + ": value must be a positive number, got " + value);
        }
    }

    /** A run of the 13-column layout: formats by common practice, stack unknown, a static batch. */
    public Measurement(String id, String hardwareId, String modelId, int chips, int batch, int promptTokens,
                       int outputTokens, Precision precision, Metric metric, double value, String unit,
                       String conditions, String source) {
        this(id, hardwareId, modelId, chips, batch, promptTokens, outputTokens, precision, metric, value, unit,
                conditions, source, Optional.empty(), Optional.empty(), Optional.empty(), RunMode.STATIC);
    }

    /** Batch, prompt and output are all known: a static-batch simulation can reproduce the run. */
    public boolean scorable() {
        return batch > 0 && promptTokens > 0 && outputTokens > 0;
    }

    /** The number this metric names in a result. */
    public double predictedFrom(Result r) {
        return switch (metric) {
            case DECODE_TOKENS_PER_SECOND_PER_USER -> r.tokensPerSecondPerUser();
            case DECODE_TOKENS_PER_SECOND -> r.tokensPerSecond();
            case TTFT_SECONDS -> r.timeToFirstTokenSeconds();
            case AGGREGATE_TOKENS_PER_SECOND -> r.aggregateTokensPerSecond();
            case GPU_JOULES_PER_OUTPUT_TOKEN -> r.energy().acceleratorJoulesPerOutputToken();
        };
    }
}
