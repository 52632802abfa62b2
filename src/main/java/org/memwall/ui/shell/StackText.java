package org.memwall.ui.shell;

import org.memwall.core.model.Precision;
import org.memwall.core.stack.ServingStack;
import org.memwall.ui.i18n.Messages;

/** The serving-software picker's tooltip: what the stack is and what it changes, in numbers. */
final class StackText {
    private StackText() {
    }

    static String describe(Messages m, ServingStack s) {
        ServingStack.Efficiency e = s.efficiency();
        String basis = s.idealised() ? m.get("controls.stack.idealised")
                : s.calibration().fittedTo().isEmpty() ? m.get("controls.stack.stated")
                : m.format("controls.stack.fitted", s.calibration().fittedTo().size());
        return m.format("controls.stack.tip", s.description(), s.overheads().kernelSeconds() * 1e6,
                e.memoryBandwidthFraction() * 100, e.matrixFraction(Precision.FP16) * 100,
                s.overheads().stepSeconds() * 1e3, s.overheads().requestSeconds() * 1e3, basis);
    }
}
