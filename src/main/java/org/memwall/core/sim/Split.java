package org.memwall.core.sim;

import java.util.Locale;
import java.util.function.Predicate;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;

/**
 * Chooses the split of a model over a number of chips. A layer's tensor-parallel group must
 * divide its attention heads (and either divide or be a multiple of its KV heads), and be no
 * larger than the group the chip's links support; stages hold whole layers. Of the splits that
 * fit, the one that uses the most chips wins; then a von Neumann box takes the larger group (fewer
 * hops), a dataflow system the longer pipeline (layers spread over chips, as Groq deploys them).
 *
 * <p>A mixture of experts may also spread each layer's experts over several groups (expert
 * parallelism, a number of groups that divides the experts), but only for more chips than its
 * layers' groups can take: where a split without it holds the model, it is the faster one, since
 * every layer then saves a dispatch and a combine over the links (two link latencies), and at
 * batch 1 the busiest expert group reads little less than all the touched experts.
 */
final class Split {
    private Split() {
    }

    /** The most chips a model can be split over on this chip: every layer its own stage, each over the largest group, its experts over as many groups as it has experts. */
    static int maxChips(Hardware chip, TransformerModel m) {
        return layerGroupChips(chip, m) * maxExpertGroups(m);
    }

    /** Why {@link #maxChips} is what it is, as a message says it. */
    static String maxChipsReason(Hardware chip, TransformerModel m) {
        String layers = String.format(Locale.ROOT, "%d layers x a tensor-parallel group of %d", m.layers(), largestGroup(chip, m));
        return maxExpertGroups(m) > 1 ? layers + " x " + maxExpertGroups(m) + " expert groups" : layers;
    }

    /** The most chips without expert parallelism: every layer its own stage, each over the largest group. */
    private static int layerGroupChips(Hardware chip, TransformerModel m) {
        return m.layers() * largestGroup(chip, m);
    }

    private static int maxExpertGroups(TransformerModel m) {
        return m.isMixtureOfExperts() ? m.experts() : 1;
    }

    /** The split over {@code chips}: a von Neumann box prefers wide groups, a dataflow system long pipelines. */
    static Parallelism of(Hardware chip, TransformerModel m, int chips) {
        return of(chip, m, chips, chip.family() == ArchitectureFamily.VON_NEUMANN_HBM);
    }

    static Parallelism of(Hardware chip, TransformerModel m, int chips, boolean groupsFirst) {
        if (chips > maxChips(chip, m)) {
            throw new IllegalArgumentException(m.name() + " can be split over at most " + maxChips(chip, m) + " "
                    + chip.name() + " chips (" + maxChipsReason(chip, m) + "), got " + chips);
        }
        // expert groups only for chips the layers' groups cannot take; ties go to the fewest groups
        int mostGroups = chips > layerGroupChips(chip, m) ? maxExpertGroups(m) : 1;
        Parallelism best = null;
        for (int ep = 1; ep <= mostGroups; ep++) {
            if (m.experts() % ep != 0) {
                continue;
            }
            for (int t = 1; t <= Math.min(chips, chip.maxTensorParallel()); t++) {
                if (!validGroup(m, t) || chips / t < ep) {
                    continue;
                }
                int stages = Math.min(m.layers(), chips / t / ep);
                Parallelism p = new Parallelism(chips, t * ep * stages, t, stages, ep);
                boolean better = groupsFirst ? p.tensorParallel() > best0(best) : p.pipelineStages() > stages0(best);
                if (best == null || p.chipsUsed() > best.chipsUsed() || p.chipsUsed() == best.chipsUsed() && better) {
                    best = p;
                }
            }
        }
        return best;
    }

    private static int best0(Parallelism p) {
        return p == null ? 0 : p.tensorParallel();
    }

    private static int stages0(Parallelism p) {
        return p == null ? 0 : p.pipelineStages();
    }

    static boolean validGroup(TransformerModel m, int t) {
        return m.attentionHeads() % t == 0 && (m.kvHeads() % t == 0 || t % m.kvHeads() == 0);
    }

    private static int largestGroup(Hardware chip, TransformerModel m) {
        int best = 1;
        for (int t = 1; t <= chip.maxTensorParallel(); t++) {
            if (validGroup(m, t)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The fewest chips, as a split that uses them all, whose usable memory holds {@code rawChips}
     * chips' worth. A von Neumann box grows its tensor-parallel group first (to the next group that
     * divides the heads), then adds stages of full groups; a dataflow system adds chips one at a time.
     * Beyond what the layers' groups can take, the experts spread over groups: then the fewest chips
     * whose split {@code holds} the model (its busiest chip holding its share), or one more than
     * the most when none does.
     */
    static int roundUp(Hardware chip, TransformerModel m, double rawChips, boolean groupsFirst, Predicate<Parallelism> holds) {
        int n = Math.max(1, (int) Math.ceil(rawChips - 1e-9));
        int max = layerGroupChips(chip, m);
        if (n > max) {
            int most = maxChips(chip, m);
            for (int c = n; c <= most; c++) {
                if (holds.test(of(chip, m, c, groupsFirst))) {
                    return c;
                }
            }
            return Math.max(n, most + 1);
        }
        if (groupsFirst) {
            int largest = largestGroup(chip, m);
            if (n <= largest) {
                for (int t = n; t <= largest; t++) {
                    if (validGroup(m, t)) {
                        return t;
                    }
                }
            }
            return Math.min(max, (int) Math.ceil(n / (double) largest) * largest);
        }
        for (int c = n; c <= max; c++) {
            if (of(chip, m, c, false).chipsUsed() >= n) {
                return c;
            }
        }
        return max;
    }
}
