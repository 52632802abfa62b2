package org.memwall.core.sim;

/** The operators of one transformer forward pass, in execution order. */
public enum Operator {
    ATTENTION_NORM("attention norm", true),
    QKV_PROJECTION("QKV projection", true),
    ATTENTION("attention (KV cache)", true),
    OUTPUT_PROJECTION("output projection", true),
    ATTENTION_ALL_REDUCE("all-reduce after attention", true),
    FFN_NORM("FFN norm", true),
    EXPERT_DISPATCH("dispatch to expert chips", true),
    FFN("FFN / experts", true),
    FFN_ALL_REDUCE("all-reduce after FFN", true),
    EXPERT_COMBINE("combine from expert chips", true),
    PIPELINE_HOP("hop to next chip", false),
    FINAL_NORM("final norm", false),
    LM_HEAD("LM head", false);

    private final String label;
    private final boolean perLayer;

    Operator(String label, boolean perLayer) {
        this.label = label;
        this.perLayer = perLayer;
    }

    public String label() {
        return label;
    }

    /** True when the operator runs once in every layer, false when once per forward pass. */
    public boolean perLayer() {
        return perLayer;
    }
}
