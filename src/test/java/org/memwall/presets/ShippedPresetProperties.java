package org.memwall.presets;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Simulator;
import org.memwall.core.stack.ServingStack;

/**
 * What the properties over the shipped presets share: the catalogue, loaded once, a simulator on
 * its node table, and every shipped chip, model and serving stack to draw from
 * ({@code @ForAll("chips")}, {@code @ForAll("models")}, {@code @ForAll("stacks")}).
 */
public abstract class ShippedPresetProperties {
    protected static final PresetCatalog CATALOG = PresetLoader.load(Optional.empty());
    protected final Simulator sim = new Simulator(CATALOG.nodes());

    @Provide
    protected Arbitrary<Hardware> chips() {
        return Arbitraries.of(CATALOG.hardware());
    }

    @Provide
    protected Arbitrary<TransformerModel> models() {
        return Arbitraries.of(CATALOG.models());
    }

    @Provide
    protected Arbitrary<ServingStack> stacks() {
        return Arbitraries.of(CATALOG.stacks());
    }
}
