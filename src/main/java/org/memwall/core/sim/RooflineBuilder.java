package org.memwall.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.memwall.core.model.Hardware;
import org.memwall.core.trace.Trace;

/** The chip's roofs and where prefill's and decode's operators sit under them. */
final class RooflineBuilder {
    private RooflineBuilder() {
    }

    static Roofline roofline(RunContext c, PhaseResult prefill, PhaseResult decode) {
        Hardware chip = c.chip();
        List<Roofline.Roof> roofs = new ArrayList<>();
        chip.memory().forEach(l -> roofs.add(new Roofline.Roof(l.name(), l.bandwidthBytesPerSecond())));
        roofs.add(new Roofline.Roof(Trace.LINK, chip.link().bandwidthBytesPerSecond()));
        List<Roofline.Point> points = new ArrayList<>();
        for (PhaseResult p : List.of(prefill, decode)) {
            for (OperatorResult r : p.operators()) {
                if (r.ops() <= 0) {
                    continue;
                }
                String level = r.memorySeconds().entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse(chip.memory().get(0).name());
                double bytes = r.bytes(level);
                if (bytes <= 0) {
                    continue;
                }
                points.add(new Roofline.Point(p.phase(), r.operator(), r.ops() / bytes, r.ops() / r.seconds(), r.bound()));
            }
        }
        return new Roofline(c.matrixPeak(), roofs, points);
    }
}
