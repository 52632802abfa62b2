package org.memwall.core.model;

import java.util.Objects;

/**
 * A model served at given precisions and sizes.
 *
 * @param weightPrecision     how weights are stored (what the memory must move)
 * @param computePrecision    what the matrix units compute in
 * @param kvPrecision         how the KV cache is stored
 * @param activationPrecision how activations move between operators and chips
 * @param concurrentStreams   independent sequences (each of {@code batch}) in flight through a
 *                            pipeline of chips at once: how an SRAM dataflow system such as the
 *                            LPU serves many users; a single-stage split has nothing to overlap,
 *                            so there it changes nothing
 */
public record Workload(
        TransformerModel model,
        Precision weightPrecision,
        Precision computePrecision,
        Precision kvPrecision,
        Precision activationPrecision,
        int batch,
        int promptTokens,
        int outputTokens,
        int concurrentStreams) {

    /** One stream: the common case. */
    public Workload(TransformerModel model, Precision weightPrecision, Precision computePrecision, Precision kvPrecision,
                    Precision activationPrecision, int batch, int promptTokens, int outputTokens) {
        this(model, weightPrecision, computePrecision, kvPrecision, activationPrecision, batch, promptTokens, outputTokens, 1);
    }

    public Workload {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(weightPrecision, "weightPrecision");
        Objects.requireNonNull(computePrecision, "computePrecision");
        Objects.requireNonNull(kvPrecision, "kvPrecision");
        Objects.requireNonNull(activationPrecision, "activationPrecision");
        Checks.positive("batch", batch);
        Checks.positive("promptTokens", promptTokens);
        Checks.positive("outputTokens", outputTokens);
        Checks.positive("concurrentStreams", concurrentStreams);
    }

    public int contextTokens() {
        return promptTokens + outputTokens;
    }

    /** Context length a decode step sees on average: the prompt plus half the generated tokens. */
    public double meanDecodeContext() {
        return promptTokens + outputTokens / 2.0;
    }

    public Workload withBatch(int newBatch) {
        return new Workload(model, weightPrecision, computePrecision, kvPrecision, activationPrecision, newBatch, promptTokens, outputTokens, concurrentStreams);
    }

    public Workload withPrompt(int tokens) {
        return new Workload(model, weightPrecision, computePrecision, kvPrecision, activationPrecision, batch, tokens, outputTokens, concurrentStreams);
    }

    public Workload withOutput(int tokens) {
        return new Workload(model, weightPrecision, computePrecision, kvPrecision, activationPrecision, batch, promptTokens, tokens, concurrentStreams);
    }

    public Workload withConcurrentStreams(int streams) {
        return new Workload(model, weightPrecision, computePrecision, kvPrecision, activationPrecision, batch, promptTokens, outputTokens, streams);
    }

    public Workload withKvPrecision(Precision kv) {
        return new Workload(model, weightPrecision, computePrecision, kv, activationPrecision, batch, promptTokens, outputTokens, concurrentStreams);
    }

    public Workload withComputePrecision(Precision compute) {
        return new Workload(model, weightPrecision, compute, kvPrecision, activationPrecision, batch, promptTokens, outputTokens, concurrentStreams);
    }
}
