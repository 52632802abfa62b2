package org.memwall.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A decoder-only transformer's shape. Mixture-of-experts when {@code experts > 1}.
 * Parameter counts are derived from the shape, not taken on trust.
 */
public record TransformerModel(
        String id,
        String name,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        int headDim,
        int ffnSize,
        FfnKind ffnKind,
        int vocabSize,
        int experts,
        int expertsPerToken,
        int maxContext,
        double publishedParameters,
        List<String> sources) {

    public TransformerModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ffnKind, "ffnKind");
        Checks.positive("layers", layers);
        Checks.positive("hiddenSize", hiddenSize);
        Checks.positive("attentionHeads", attentionHeads);
        Checks.positive("kvHeads", kvHeads);
        Checks.positive("headDim", headDim);
        Checks.positive("ffnSize", ffnSize);
        Checks.positive("vocabSize", vocabSize);
        Checks.positive("experts", experts);
        Checks.positive("expertsPerToken", expertsPerToken);
        Checks.positive("maxContext", maxContext);
        if (attentionHeads % kvHeads != 0) {
            throw new IllegalArgumentException("attentionHeads (" + attentionHeads + ") must be a multiple of kvHeads (" + kvHeads + ")");
        }
        if (expertsPerToken > experts) {
            throw new IllegalArgumentException("expertsPerToken (" + expertsPerToken + ") cannot exceed experts (" + experts + ")");
        }
        sources = List.copyOf(sources);
    }

    public boolean isMixtureOfExperts() {
        return experts > 1;
    }

    /** Q, K, V projection weights of one layer: hidden x (heads + 2 kvHeads) x headDim. */
    public double qkvParameters() {
        return (double) hiddenSize * (attentionHeads + 2.0 * kvHeads) * headDim;
    }

    /** Output projection of one layer: (heads x headDim) x hidden. */
    public double outputProjectionParameters() {
        return (double) attentionHeads * headDim * hiddenSize;
    }

    /** One expert's (or the dense) feed-forward weights. */
    public double ffnParametersPerExpert() {
        return (double) ffnKind.matrices() * hiddenSize * ffnSize;
    }

    /** The router of a mixture-of-experts layer (hidden x experts), zero for a dense model. */
    public double routerParameters() {
        return isMixtureOfExperts() ? (double) hiddenSize * experts : 0;
    }

    /** Two RMSNorm weight vectors per layer. */
    public double normParametersPerLayer() {
        return 2.0 * hiddenSize;
    }

    public double parametersPerLayer() {
        return qkvParameters() + outputProjectionParameters() + experts * ffnParametersPerExpert()
                + routerParameters() + normParametersPerLayer();
    }

    public double embeddingParameters() {
        return (double) vocabSize * hiddenSize;
    }

    /** LM head (untied from the embedding in every shipped model). */
    public double lmHeadParameters() {
        return (double) vocabSize * hiddenSize;
    }

    /** Everything stored: layers, embedding table, final norm and LM head. */
    public double totalParameters() {
        return layers * parametersPerLayer() + embeddingParameters() + hiddenSize + lmHeadParameters();
    }

    /** KV cache elements one token adds across all layers: 2 (K and V) x layers x kvHeads x headDim. */
    public double kvElementsPerToken() {
        return 2.0 * layers * kvHeads * headDim;
    }
}
