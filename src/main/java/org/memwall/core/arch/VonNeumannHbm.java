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

    private Optional<MemoryLevel> staging() {
        return chip.level(MemoryKind.ON_CHIP_SRAM);
    }

    @Override
    public List<Flow> flows(Demand d) {
        String dram = weightLevel().name();
        List<Flow> flows = new ArrayList<>();
        Optional<MemoryLevel> sram = staging();
        if (sram.isPresent()) {
            String s = sram.get().name();
            add(flows, Endpoint.DRAM, Endpoint.SRAM, Payload.WEIGHTS, dram, d.weightBytes());
            add(flows, Endpoint.DRAM, Endpoint.SRAM, Payload.KV_CACHE, dram, d.kvReadBytes());
            add(flows, Endpoint.SRAM, Endpoint.COMPUTE, Payload.WEIGHTS, s, d.weightBytes());
            add(flows, Endpoint.SRAM, Endpoint.COMPUTE, Payload.KV_CACHE, s, d.kvReadBytes());
            add(flows, Endpoint.SRAM, Endpoint.COMPUTE, Payload.ACTIVATIONS, s, d.activationBytes());
            add(flows, Endpoint.COMPUTE, Endpoint.SRAM, Payload.KV_CACHE, s, d.kvWriteBytes());
            add(flows, Endpoint.SRAM, Endpoint.DRAM, Payload.KV_CACHE, dram, d.kvWriteBytes());
        } else {
            add(flows, Endpoint.DRAM, Endpoint.COMPUTE, Payload.WEIGHTS, dram, d.weightBytes());
            add(flows, Endpoint.DRAM, Endpoint.COMPUTE, Payload.KV_CACHE, dram, d.kvReadBytes());
            add(flows, Endpoint.DRAM, Endpoint.COMPUTE, Payload.ACTIVATIONS, dram, d.activationBytes());
            add(flows, Endpoint.COMPUTE, Endpoint.DRAM, Payload.KV_CACHE, dram, d.kvWriteBytes());
        }
        return flows;
    }

    static void add(List<Flow> flows, Endpoint from, Endpoint to, Payload payload, String level, double bytes) {
        if (bytes > 0) {
            flows.add(new Flow(from, to, payload, level, bytes));
        }
    }
}
