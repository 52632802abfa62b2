package org.memwall.core.sim;

import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;

/**
 * Chooses the split of a model over a number of chips. A layer's tensor-parallel group must
 * divide its attention heads (and either divide or be a multiple of its KV heads), and be no
 * larger than the group the chip's links support; stages hold whole layers. Of the splits that
 * fit, the one that uses the most chips wins; then a von Neumann box takes the larger group (fewer
 * hops), a dataflow system the longer pipeline (layers spread over chips, as Groq deploys them).
 */
final class Split {
    private Split() {
    }

    /** The most chips a model can be split over on this chip: every layer its own stage, each over the largest group. */
    static int maxChips(Hardware chip, TransformerModel m) {
        return m.layers() * largestGroup(chip, m);
    }

    /** The split over {@code chips}: a von Neumann box prefers wide groups, a dataflow system long pipelines. */
    static Parallelism of(Hardware chip, TransformerModel m, int chips) {
        return of(chip, m, chips, chip.family() == org.memwall.core.model.ArchitectureFamily.VON_NEUMANN_HBM);
    }

    static Parallelism of(Hardware chip, TransformerModel m, int chips, boolean groupsFirst) {
        if (chips > maxChips(chip, m)) {
            throw new IllegalArgumentException(m.name() + " can be split over at most " + maxChips(chip, m) + " "
                    + chip.name() + " chips (" + m.layers() + " layers x a group of " + largestGroup(chip, m)
                    + "), got " + chips);
        }
        Parallelism best = null;
        for (int t = 1; t <= Math.min(chips, chip.maxTensorParallel()); t++) {
            if (!validGroup(m, t)) {
                continue;
            }
            int stages = Math.min(m.layers(), chips / t);
            Parallelism p = new Parallelism(chips, t * stages, t, stages);
            boolean better = groupsFirst ? p.tensorParallel() > best0(best) : p.pipelineStages() > stages0(best);
            if (best == null || p.chipsUsed() > best.chipsUsed() || p.chipsUsed() == best.chipsUsed() && better) {
                best = p;
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
     */
    static int roundUp(Hardware chip, TransformerModel m, double rawChips, boolean groupsFirst) {
        int n = Math.max(1, (int) Math.ceil(rawChips - 1e-9));
        int max = maxChips(chip, m);
        if (n > max) {
            return n;
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
