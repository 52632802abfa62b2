package org.memwall.core.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;

/**
 * Weights stay in the arrays that multiply them and never move; activations go into and out of
 * the arrays, the KV cache sits in a buffer (on-chip SRAM, or DRAM where the chip has it).
 */
public record ComputeInMemory(Hardware chip) implements Architecture {

    @Override
    public MemoryLevel weightLevel() {
        return chip.level(MemoryKind.CIM_ARRAY).orElseThrow();
    }

    @Override
    public MemoryLevel kvLevel() {
        return chip.level(MemoryKind.OFF_CHIP_DRAM).or(this::buffer).orElse(weightLevel());
    }

    private Optional<MemoryLevel> buffer() {
        return chip.level(MemoryKind.ON_CHIP_SRAM);
    }

    @Override
    public boolean matrixOpsAtPeak(boolean operandsAreWeights) {
        return operandsAreWeights;
    }

    @Override
    public void flows(double weights, double kvRead, double kvWrite, double activations, FlowSink sink) {
        int arrays = chip.levelIndex(MemoryKind.CIM_ARRAY);
        int buffer = chip.levelIndex(MemoryKind.ON_CHIP_SRAM);
        int dram = chip.levelIndex(MemoryKind.OFF_CHIP_DRAM);
        // the KV cache: DRAM where the chip has it, else the on-chip buffer, else the arrays (as kvLevel())
        int kv = dram >= 0 ? dram : buffer >= 0 ? buffer : arrays;
        Endpoint kvEnd = dram >= 0 ? Endpoint.DRAM : buffer >= 0 ? Endpoint.SRAM : Endpoint.CIM_ARRAY;
        Endpoint actEnd = buffer >= 0 ? Endpoint.SRAM : Endpoint.CIM_ARRAY;
        int actLevel = buffer >= 0 ? buffer : arrays;
        if (weights > 0) {
            // A matrix product with stationary weights: inputs driven into the arrays, sums read out.
            Architecture.emit(sink, actEnd, Endpoint.CIM_ARRAY, Payload.ACTIVATIONS, arrays, activations / 2);
            Architecture.emit(sink, Endpoint.CIM_ARRAY, actEnd, Payload.ACTIVATIONS, arrays, activations / 2);
        }
        Architecture.emit(sink, actEnd, Endpoint.COMPUTE, Payload.ACTIVATIONS, actLevel, activations);
        Architecture.emit(sink, kvEnd, Endpoint.COMPUTE, Payload.KV_CACHE, kv, kvRead);
        Architecture.emit(sink, Endpoint.COMPUTE, kvEnd, Payload.KV_CACHE, kv, kvWrite);
    }
}
