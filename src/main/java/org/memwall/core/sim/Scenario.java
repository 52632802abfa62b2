package org.memwall.core.sim;

import java.util.Objects;
import java.util.OptionalDouble;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/**
 * Everything one simulation run needs: a chip from a preset, the serving software, a workload,
 * and the slider values that change the chip.
 *
 * @param chips                       chips to use; 0 means the fewest that hold weights and KV cache
 * @param processNodeNm               move the chip to another node (empty: its own)
 * @param dramBandwidthBytesPerSecond replace off-chip DRAM (HBM) peak bandwidth (empty: the preset's)
 * @param sramBandwidthBytesPerSecond replace on-chip SRAM peak bandwidth (empty: the preset's, after node scaling)
 */
public record Scenario(
        Hardware hardware,
        ServingStack stack,
        Workload workload,
        int chips,
        OptionalDouble processNodeNm,
        OptionalDouble dramBandwidthBytesPerSecond,
        OptionalDouble sramBandwidthBytesPerSecond) {

    public Scenario {
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(workload, "workload");
        if (chips < 0) {
            throw new IllegalArgumentException("chips must be zero (automatic) or more, got " + chips);
        }
        processNodeNm.ifPresent(v -> positive("process node (nm)", v));
        dramBandwidthBytesPerSecond.ifPresent(v -> positive("HBM bandwidth", v));
        sramBandwidthBytesPerSecond.ifPresent(v -> positive("SRAM bandwidth", v));
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }

    public static Scenario of(Hardware hardware, ServingStack stack, Workload workload) {
        return new Scenario(hardware, stack, workload, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    public Scenario withStack(ServingStack s) {
        return new Scenario(hardware, s, workload, chips, processNodeNm, dramBandwidthBytesPerSecond, sramBandwidthBytesPerSecond);
    }

    public Scenario withChips(int n) {
        return new Scenario(hardware, stack, workload, n, processNodeNm, dramBandwidthBytesPerSecond, sramBandwidthBytesPerSecond);
    }

    public Scenario withWorkload(Workload w) {
        return new Scenario(hardware, stack, w, chips, processNodeNm, dramBandwidthBytesPerSecond, sramBandwidthBytesPerSecond);
    }

    public Scenario withHardware(Hardware h) {
        return new Scenario(h, stack, workload, chips, processNodeNm, dramBandwidthBytesPerSecond, sramBandwidthBytesPerSecond);
    }

    public Scenario withProcessNode(double nm) {
        return new Scenario(hardware, stack, workload, chips, OptionalDouble.of(nm), dramBandwidthBytesPerSecond, sramBandwidthBytesPerSecond);
    }

    public Scenario withDramBandwidth(double bytesPerSecond) {
        return new Scenario(hardware, stack, workload, chips, processNodeNm, OptionalDouble.of(bytesPerSecond), sramBandwidthBytesPerSecond);
    }

    public Scenario withSramBandwidth(double bytesPerSecond) {
        return new Scenario(hardware, stack, workload, chips, processNodeNm, dramBandwidthBytesPerSecond, OptionalDouble.of(bytesPerSecond));
    }
}
