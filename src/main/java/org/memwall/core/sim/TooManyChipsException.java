package org.memwall.core.sim;

import java.util.Locale;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;

/** A model that would need more than ten million of a chip to hold it: too far from anything buildable to simulate. */
public final class TooManyChipsException extends IllegalArgumentException {
    private final transient TransformerModel model;
    private final transient Hardware chip;

    TooManyChipsException(TransformerModel model, Hardware chip) {
        super(String.format(Locale.ROOT, "%s would need more than ten million %s chips to hold it", model.name(), chip.name()));
        this.model = model;
        this.chip = chip;
    }

    public TransformerModel model() {
        return model;
    }

    public Hardware chip() {
        return chip;
    }
}
