package org.memwall.ui.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.ChipNames;

/** What the tiles say of a run and of the compared chips, as text: shares, the busiest level, one line per chip. */
final class TileFigures {
    private TileFigures() {
    }

    /** A compared chip's share of peak in a note: "<0.1%" when it would read as zero. */
    static String share(double percent, String format) {
        return percent > 0 && percent < DashboardTiles.SMALLEST_SHOWN_PERCENT ? "<0.1%" : String.format(Locale.ROOT, format, percent);
    }

    /** The memory level decode keeps busiest: where the chip waits, if it waits on memory. */
    static MemoryLevel busiestLevel(Result r) {
        MemoryLevel best = r.hardware().memory().get(0);
        double most = -1;
        for (MemoryLevel l : r.hardware().memory()) {
            double u = r.bandwidthUtilisation(l.name());
            if (u > most) {
                most = u;
                best = l;
            }
        }
        return best;
    }

    static String compare(List<Result> others, Function<Result, String> value) {
        List<String> parts = new ArrayList<>();
        for (Result r : others) {
            parts.add(ChipNames.shortName(r.hardware()) + ": " + value.apply(r));
        }
        return String.join("\n", parts);
    }
}
