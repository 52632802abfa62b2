package org.memwall.core.arch;

import java.util.ArrayList;
import java.util.List;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * Weights and KV cache in on-chip SRAM beside the compute units, spread over as many chips as it
 * takes; nothing comes from off-chip DRAM.
 */
public record SramDataflow(Hardware chip) implements Architecture {

    @Override
    public MemoryLevel weightLevel() {
        return chip.level(MemoryKind.ON_CHIP_SRAM).orElseThrow();
    }

    @Override
    public MemoryLevel kvLevel() {
        return weightLevel();
    }

    @Override
    public void flows(double weights, double kvRead, double kvWrite, double activations, FlowSink sink) {
        int s = chip.levelIndex(MemoryKind.ON_CHIP_SRAM);
        Architecture.emit(sink, Endpoint.SRAM, Endpoint.COMPUTE, Payload.WEIGHTS, s, weights);
        Architecture.emit(sink, Endpoint.SRAM, Endpoint.COMPUTE, Payload.KV_CACHE, s, kvRead);
        Architecture.emit(sink, Endpoint.SRAM, Endpoint.COMPUTE, Payload.ACTIVATIONS, s, activations);
        Architecture.emit(sink, Endpoint.COMPUTE, Endpoint.SRAM, Payload.KV_CACHE, s, kvWrite);
    }
}
