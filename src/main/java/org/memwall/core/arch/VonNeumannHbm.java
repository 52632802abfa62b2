package org.memwall.core.arch;

import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * Weights and KV cache in off-chip DRAM; every byte crosses DRAM -> SRAM -> compute each step
 * (weights once per step, shared by the whole batch).
 */
public record VonNeumannHbm(Hardware chip) implements Architecture {

    @Override
    public MemoryLevel weightLevel() {
        return chip.level(MemoryKind.OFF_CHIP_DRAM).orElseThrow();
    }

    @Override
    public MemoryLevel kvLevel() {
        return weightLevel();
    }

    @Override
    public void flows(double weights, double kvRead, double kvWrite, double activations, FlowSink sink) {
        int dram = chip.levelIndex(MemoryKind.OFF_CHIP_DRAM);
        int s = chip.levelIndex(MemoryKind.ON_CHIP_SRAM);
        if (s >= 0) {
            Architecture.emit(sink, Endpoint.DRAM, Endpoint.SRAM, Payload.WEIGHTS, dram, weights);
            Architecture.emit(sink, Endpoint.DRAM, Endpoint.SRAM, Payload.KV_CACHE, dram, kvRead);
            Architecture.emit(sink, Endpoint.SRAM, Endpoint.COMPUTE, Payload.WEIGHTS, s, weights);
            Architecture.emit(sink, Endpoint.SRAM, Endpoint.COMPUTE, Payload.KV_CACHE, s, kvRead);
            Architecture.emit(sink, Endpoint.SRAM, Endpoint.COMPUTE, Payload.ACTIVATIONS, s, activations);
            Architecture.emit(sink, Endpoint.COMPUTE, Endpoint.SRAM, Payload.KV_CACHE, s, kvWrite);
            Architecture.emit(sink, Endpoint.SRAM, Endpoint.DRAM, Payload.KV_CACHE, dram, kvWrite);
        } else {
            Architecture.emit(sink, Endpoint.DRAM, Endpoint.COMPUTE, Payload.WEIGHTS, dram, weights);
            Architecture.emit(sink, Endpoint.DRAM, Endpoint.COMPUTE, Payload.KV_CACHE, dram, kvRead);
            Architecture.emit(sink, Endpoint.DRAM, Endpoint.COMPUTE, Payload.ACTIVATIONS, dram, activations);
            Architecture.emit(sink, Endpoint.COMPUTE, Endpoint.DRAM, Payload.KV_CACHE, dram, kvWrite);
        }
    }
}
