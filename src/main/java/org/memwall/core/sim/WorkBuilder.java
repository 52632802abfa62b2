package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.memwall.core.arch.Demand;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/**
 * The operators of one forward pass (prefill) or one decode step on one chip of the critical path.
 *
 * <p>Matrix products on weights run at the stack's share of the matrix peak in their compute
 * format; attention in decode streams the KV cache at the stack's attention bandwidth; prefill
 * attention is flash-style (scores stay on chip, K and V are read once); a tensor-parallel layer
 * ends its attention and its FFN with an all-reduce; experts spread over several groups of chips
 * get the activations by a dispatch and give their sum back by a combine.
 */
final class WorkBuilder {
    /** Vector ops per element of an RMSNorm: square, accumulate, scale by the root, multiply by the weight. */
    static final double NORM_OPS_PER_ELEMENT = 4;
    /** Vector ops per attention score for softmax: max, subtract, exp, sum, divide. */
    static final double SOFTMAX_OPS_PER_SCORE = 5;

    private WorkBuilder() {
    }

    /** The operators as records, in order (the full run keeps them for the trace). */
    static List<Work> build(RunContext c, Phase phase) {
        List<Work> out = new ArrayList<>();
        build(c, phase, (op, occurrences, width, kernels, matrixOps, onWeights, rows, columns, inner, cp, mf, vectorOps,
                         dequantOps, memoryFraction, weightBytes, kvRead, kvWrite, activations, linkBytes, linkFixed) ->
                out.add(new Work(op, occurrences, width, kernels, matrixOps, onWeights, rows, columns, inner, cp, mf,
                        vectorOps, dequantOps, memoryFraction, new Demand(weightBytes, kvRead, kvWrite, activations),
                        linkBytes, linkFixed)));
        return out;
    }

    /** The operators, handed to {@code out} one at a time in order. */
    static void build(RunContext c, Phase phase, WorkSink out) {
        Workload w = c.w();
        TransformerModel m = w.model();
        ServingStack.Efficiency eff = c.stack().efficiency();
        int tp = c.par().tensorParallel();
        double tokens = phase == Phase.DECODE ? w.batch() : (double) w.batch() * w.promptTokens();
        double wb = w.weightPrecision().bytes();
        double ab = w.activationPrecision().bytes();
        double kvb = w.kvPrecision().bytes();
        double kvPerTokenLayer = 2.0 * m.kvHeads() * m.headDim() * kvb;
        double dequant = c.dequantises() ? c.stack().dequantOps(w.weightPrecision()) : 0;
        int layers = m.layers();
        double h = m.hiddenSize();
        double qDim = (double) m.attentionHeads() * m.headDim();
        Precision cp = c.computePrecision();
        double mf = eff.matrixFraction(cp);
        double memory = eff.memoryBandwidthFraction();

        double normActs = 2 * tokens * h * ab;
        out.plain(Operator.ATTENTION_NORM, layers, tp, 1, 0, cp, mf, tokens * h * NORM_OPS_PER_ELEMENT / tp,
                memory, h * 2 / tp, 0, 0, normActs);

        double qkvColumns = (m.attentionHeads() + 2.0 * m.kvHeads()) * m.headDim() / tp;
        double qkv = m.qkvParameters();
        out.work(Operator.QKV_PROJECTION, layers, tp, 1, 2 * tokens * qkv / tp, true, tokens, qkvColumns, h, cp, mf,
                0, qkv * dequant / tp, memory, qkv * wb / tp, 0, 0, tokens * (h + qkv / h) * ab, 0, 0);

        // Attention: decode reads every cached key and value once per sequence; prefill is causal,
        // so a query sees on average half the prompt, and K/V are written then read once (flash-style).
        double kvWrite = tokens * kvPerTokenLayer;
        if (phase == Phase.DECODE) {
            double context = w.meanDecodeContext();
            double scores = tokens * m.attentionHeads() * context;
            double kvRead = w.batch() * context * kvPerTokenLayer;
            out.plain(Operator.ATTENTION, layers, tp, 1, 2 * 2 * scores * m.headDim() / tp, cp, mf,
                    scores * SOFTMAX_OPS_PER_SCORE / tp, memory * eff.decodeAttentionBandwidthFraction(),
                    0, kvRead / tp, kvWrite / tp, 2 * tokens * qDim * ab / tp);
        } else {
            double p = w.promptTokens();
            double scores = w.batch() * m.attentionHeads() * p * (p + 1) / 2;
            out.plain(Operator.ATTENTION, layers, tp, 1, 2 * 2 * scores * m.headDim() / tp, cp,
                    eff.prefillAttentionMatrixFraction(), scores * SOFTMAX_OPS_PER_SCORE / tp, memory,
                    0, kvWrite / tp, kvWrite / tp, 2 * tokens * qDim * ab / tp);
        }

        double o = m.outputProjectionParameters();
        out.work(Operator.OUTPUT_PROJECTION, layers, tp, 1, 2 * tokens * o / tp, true, tokens, h, qDim / tp, cp, mf,
                0, o * dequant / tp, memory, o * wb / tp, 0, 0, tokens * (qDim + h) * ab, 0, 0);
        if (tp > 1) {
            allReduce(c, out, Operator.ATTENTION_ALL_REDUCE, layers, tokens * h * ab, 1);
        }

        out.plain(Operator.FFN_NORM, layers, tp, 1, 0, cp, mf, tokens * h * NORM_OPS_PER_ELEMENT / tp,
                memory, h * 2 / tp, 0, 0, normActs);
        int ep = c.par().expertParallel();
        if (ep > 1) {
            expertTransfer(c, out, Operator.EXPERT_DISPATCH, layers, tokens * h * ab);
        }
        ffn(c, out, tokens, dequant, layers);
        if (tp > 1) {
            // every expert group sums its own experts' partial products
            allReduce(c, out, Operator.FFN_ALL_REDUCE, layers, tokens * h * ab, ep);
        }
        if (ep > 1) {
            expertTransfer(c, out, Operator.EXPERT_COMBINE, layers, tokens * h * ab);
        }

        if (c.par().hops() > 0) {
            out.link(Operator.PIPELINE_HOP, c.par().hops(), 1, 0, tokens * h * ab,
                    c.chip().link().latencyPerHopSeconds(), cp);
        }

        // Only the last position of each sequence needs logits, in prefill as in decode.
        double lmTokens = w.batch();
        out.plain(Operator.FINAL_NORM, 1, tp, 1, 0, cp, mf, lmTokens * h * NORM_OPS_PER_ELEMENT / tp, memory,
                h * 2 / tp, 0, 0, 2 * lmTokens * h * ab);
        double lm = m.lmHeadParameters();
        out.work(Operator.LM_HEAD, 1, tp, 1, 2 * lmTokens * lm / tp, true, lmTokens, m.vocabSize() / (double) tp, h,
                cp, mf, 0, lm * dequant / tp, memory,
                lm * wb / tp, 0, 0, lmTokens * (h + m.vocabSize() / (double) tp) * ab, 0, 0);
    }

    /**
     * The feed-forward block. A mixture of experts reads the experts any of the step's tokens chose
     * (for uniform routing, E x (1 - (1 - k/E)^tokens) of them in expectation: at batch 1 just k,
     * at batch 1024 nearly all), while each token's arithmetic is its own k experts. With the
     * experts spread over several groups, each group reads its own touched experts at once and the
     * layer waits for the busiest ({@link ExpertGroups#busiest}): the chip on the critical path does
     * that group's share of the layer's FFN work, and the layer's FFN adds up to 1 / share copies
     * of it per tensor-parallel chip (the router's product, 1e-4 of the experts', in the same share).
     */
    private static void ffn(RunContext c, WorkSink out, double tokens, double dequant, int layers) {
        Workload w = c.w();
        TransformerModel m = w.model();
        int tp = c.par().tensorParallel();
        double perExpert = m.ffnParametersPerExpert();
        double k = m.expertsPerToken();
        double e = m.experts();
        double expertsTouched = ExpertGroups.touched(e, k, tokens);
        int ep = c.par().expertParallel();
        double busiest = ep == 1 ? expertsTouched : ExpertGroups.busiest(e, k, tokens, ep);
        double share = busiest / expertsTouched;
        double ffnWeights = expertsTouched * perExpert + m.routerParameters();
        double ffnOps = 2 * tokens * (k * perExpert + m.routerParameters());
        double ab = w.activationPrecision().bytes();
        double ffnActs = tokens * (2 * m.hiddenSize() + k * (m.ffnKind().matrices() - 1) * m.ffnSize()) * ab;
        Precision cp = c.computePrecision();
        double wb = w.weightPrecision().bytes();
        double mf = c.stack().efficiency().matrixFraction(cp);
        if (c.fp8Experts()) {
            // an fp8 build's experts: fp8 weights and products, through the stack's grouped expert kernel
            mf = mf * c.stack().moe().fp8ExpertsMatrixFraction();
        }
        // tokens per expert set the rows of each expert's product; its columns are its share of the FFN
        // width, and the experts touched run as one grouped product, so their tiles fill the units together
        double rows = e == 1 ? tokens : Math.max(1, tokens * k / expertsTouched);
        double columns = (m.ffnKind().matrices() - 1) * m.ffnSize() / (double) tp * busiest;
        int kernels = m.isMixtureOfExperts() ? 3 : 2;
        out.work(Operator.FFN, layers, tp / share, kernels, ffnOps * share / tp, true, rows, columns, m.hiddenSize(),
                cp, mf, 0, ffnWeights * dequant * share / tp, c.stack().efficiency().memoryBandwidthFraction(),
                ffnWeights * wb * share / tp, 0, 0, ffnActs * share, 0, 0);
    }

    /**
     * The all-reduce over the tensor-parallel group: 2(p-1)/p of the message crosses each chip's
     * link; its latency is the stack's per-call cost plus one link latency per step of its algorithm
     * (2(p-1) for a ring, 2 for a one-shot exchange). It does not shrink with the model, which is why
     * an 8-way split of a small model decodes about 3x faster than one chip, not 8x.
     */
    private static void allReduce(RunContext c, WorkSink out, Operator op, int occurrences, double messageBytes,
                                  int groups) {
        int p = c.par().tensorParallel();
        double bytes = 2.0 * (p - 1) / p * messageBytes;
        ServingStack.AllReduce ar = c.stack().allReduce();
        double fixed = ar.latencySecondsPerCall() + ar.latencySteps(p) * c.chip().link().latencyPerHopSeconds();
        out.link(op, occurrences, p * groups, 1, bytes, fixed, c.computePrecision());
    }

    /**
     * Dispatch (or combine) between a layer's attention group and its other expert groups: the
     * step's activations cross a link once, every chip of the other groups receiving (or sending)
     * one copy over its own link at the same time. Its latency is the stack's per-call cost plus
     * one link latency, as one step of an all-reduce.
     */
    private static void expertTransfer(RunContext c, WorkSink out, Operator op, int occurrences, double messageBytes) {
        int otherChips = c.par().tensorParallel() * (c.par().expertParallel() - 1);
        double fixed = c.stack().allReduce().latencySecondsPerCall() + c.chip().link().latencyPerHopSeconds();
        out.link(op, occurrences, otherChips, 1, messageBytes, fixed, c.computePrecision());
    }
}
