package org.memwall.ui.tiles;

import static org.memwall.ui.tiles.TileSetters.decimals;
import static org.memwall.ui.tiles.TileSetters.description;
import static org.memwall.ui.tiles.TileSetters.unit;

import eu.hansolo.tilesfx.Tile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.memwall.core.energy.Energy;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;

/** What the Energy tile shows; nothing here computes physics. */
final class EnergyTile {
    private EnergyTile() {
    }

    /**
     * Accelerator energy per output token with its split (static, compute, data movement), the
     * compared chips' figures underneath, and for a pipeline the same chips at another stream
     * count. The tooltip says what is counted, the power drawn and how far the figure was from
     * measured runs.
     */
    static void show(Tile energy, Messages m, Result main, List<Result> others, Fidelity f, Consumer<String> note) {
        Energy e = main.energy();
        double joules = e.acceleratorJoulesPerOutputToken();
        boolean milli = joules < 1;
        decimals(energy, milli ? (joules < 0.01 ? 2 : 0) : 2);
        energy.setValue(milli ? joules * 1e3 : joules);
        unit(energy, milli ? "mJ" : "J");
        description(energy, m.format("energy.description", 100 * e.staticJoulesPerToken() / joules,
                100 * (e.computeJoulesPerToken() + e.convertersJoulesPerToken()) / joules,
                100 * e.dataMovementJoulesPerToken() / joules));
        List<String> lines = new ArrayList<>();
        e.otherStreams().ifPresent(v -> lines.add(m.format(v.streams() == 1 ? "energy.note.stream" : "energy.note.streams",
                v.streams(), Units.joules(v.energy().acceleratorJoulesPerOutputToken()))));
        if (others.isEmpty()) {
            lines.add(m.format("energy.note.alone", ChipNames.shortName(main.hardware())));
        } else {
            lines.add(TileFigures.compare(others, r -> Units.joules(r.energy().acceleratorJoulesPerOutputToken())));
        }
        note.accept(String.join("\n", lines));
        String tip = m.format("energy.tip.now", Units.number(e.decode().averageWatts()),
                Units.number(main.hardware().power().boardLimitWatts()),
                e.powerLimited() ? m.get("energy.tip.limited") : "",
                f.validated() ? m.format("energy.tip.fidelity", f.medianErrorFraction().getAsDouble() * 100, f.runs())
                        : m.get("energy.tip.unvalidated"));
        String full = m.get("energy.tip") + "\n\n" + tip;
        if (!Objects.equals(energy.getTooltipText(), full)) {
            energy.setTooltipText(full);
        }
    }
}
