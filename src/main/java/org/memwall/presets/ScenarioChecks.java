package org.memwall.presets;

import java.util.Locale;
import java.util.Optional;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Simulator;

/**
 * A guided scenario checked against the chips, model and node table it names, when it loads rather
 * than when the window shows it: a context longer than the model attends to, a node outside the
 * table, more chips than the model can be split over.
 */
final class ScenarioChecks {
    private ScenarioChecks() {
    }

    static void check(ScenarioPreset s, FileContext context, Optional<Hardware> chip, Optional<TransformerModel> model,
            Optional<ProcessNodeTable> nodes) {
        model.ifPresent(m -> {
            long tokens = (long) s.promptTokens() + s.outputTokens();
            if (tokens > m.maxContext()) {
                context.problem("promptTokens", String.format(Locale.ROOT,
                        "promptTokens %d plus outputTokens %d is %d tokens, more than %s's context of %d",
                        s.promptTokens(), s.outputTokens(), tokens, m.id(), m.maxContext()));
            }
        });
        if (s.processNodeNm().isPresent() && nodes.isPresent()) {
            double nm = s.processNodeNm().getAsDouble();
            ProcessNodeTable t = nodes.get();
            if (nm < t.smallestNm() || nm > t.largestNm()) {
                context.problem("processNodeNm", String.format(Locale.ROOT, "%s nm is outside the process node table (%s to %s nm)",
                        PhysicalRange.number(nm), PhysicalRange.number(t.smallestNm()), PhysicalRange.number(t.largestNm())));
            }
        }
        if (s.chips().isPresent() && chip.isPresent() && model.isPresent()) {
            int most = Simulator.maxChips(chip.get(), model.get());
            if (s.chips().getAsInt() > most) {
                context.problem("chips", String.format(Locale.ROOT, "%s can be split over at most %,d %s chips (%s), got %d",
                        model.get().id(), most, chip.get().id(), Simulator.maxChipsReason(chip.get(), model.get()),
                        s.chips().getAsInt()));
            }
        }
    }
}
