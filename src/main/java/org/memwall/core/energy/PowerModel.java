package org.memwall.core.energy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.PowerSpec;
import org.memwall.core.model.Precision;

/**
 * Turns what the chips do in a phase into energy and power: idle power for every chip the whole
 * time, clocked power while their units run kernels, and the dynamic energy of every operation and
 * byte moved (off-chip bytes also pay their trip across the die). A phase that would draw more than
 * the board limit is power-limited: a chip whose clock throttles takes longer, so that its average
 * equals the limit; any other is capped at it.
 */
public final class PowerModel {
    private PowerModel() {
    }

    /**
     * @param chipsPowered chips switched on for the phase (every chip of the scenario, also those
     *                     that hold no share of the model)
     */
    public static PhaseEnergy phase(Hardware chip, int chipsPowered, PhaseActivity a) {
        double compute = a.vectorOps() * chip.compute().vectorEnergyPerOpJoules();
        for (Map.Entry<Precision, Double> e : a.matrixOps().entrySet()) {
            compute += e.getValue() * matrixEnergyPerOpJoules(chip, e.getKey());
        }
        double converters = a.converterOps() * converterEnergyPerOpJoules(chip);
        Map<String, Double> levels = new LinkedHashMap<>();
        for (MemoryLevel l : chip.memory()) {
            levels.put(l.name(), a.bytesByLevel().getOrDefault(l.name(), 0.0) * 8 * energyPerBitJoules(chip, l));
        }
        double link = a.linkBytes() * 8 * chip.link().energyPerBitJoules();
        double dynamic = compute + converters + link + levels.values().stream().mapToDouble(Double::doubleValue).sum();
        Budget b = budget(chip, chipsPowered, a.seconds(), a.waitSeconds(), a.busyChipSeconds(), dynamic);
        double k = b.dynamicScale();
        Map<String, Double> scaled = levels;
        if (k != 1) {
            scaled = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : levels.entrySet()) {
                scaled.put(e.getKey(), e.getValue() * k);
            }
        }
        return new PhaseEnergy(b.seconds(), b.slowdown(), b.idleJoules(), b.clockedJoules(), compute * k,
                converters * k, scaled, link * k, b.averageWatts(), b.demandWatts(), b.powerLimited());
    }

    /** Energy of one matrix op in a format, in the format the chip really computes it in. */
    public static double matrixEnergyPerOpJoules(Hardware chip, Precision format) {
        return chip.compute().energyPerOpJoules().get(chip.compute().bestFor(format));
    }

    /** Energy of one op through a CIM array's converters (0 without them). */
    public static double converterEnergyPerOpJoules(Hardware chip) {
        // no lambda: the metrics-only path calls this for every run
        return chip.cim().isPresent() ? chip.cim().get().adcEnergyPerOpJoules() : 0.0;
    }

    /** Energy of one bit a level moves; off-chip traffic also crosses the die to the compute units. */
    public static double energyPerBitJoules(Hardware chip, MemoryLevel l) {
        return l.energyPerBitJoules() + (l.kind() == MemoryKind.OFF_CHIP_DRAM ? chip.power().dramPathEnergyPerBitJoules() : 0);
    }

    /**
     * A phase's power against the board limit, from plain numbers.
     *
     * @param seconds         wall time at full clock
     * @param waitSeconds     the part of it spent waiting for the host (a lower clock does not stretch it)
     * @param busyChipSeconds chip-seconds the units run kernels
     * @param dynamicJoules   every operation and byte moved
     */
    public static Budget budget(Hardware chip, int chipsPowered, double seconds, double waitSeconds,
                                double busyChipSeconds, double dynamicJoules) {
        if (chipsPowered < 1) {
            throw new IllegalArgumentException("chipsPowered must be at least 1, got " + chipsPowered);
        }
        PowerSpec power = chip.power();
        double t = seconds;
        double idleW = power.idleWatts() * chipsPowered;
        double clockedW = power.clockedWatts();
        double limitW = power.boardLimitWatts() * chipsPowered;
        double idle = idleW * t;
        double clocked = clockedW * busyChipSeconds;
        double total = idle + clocked + dynamicJoules;
        if (t <= 0) {
            return new Budget(0, 1, 0, 0, 1, 0, 0, false);
        }
        double demand = total / t / chipsPowered;
        if (total <= limitW * t * (1 + 1e-12)) {
            return new Budget(t, 1, idle, clocked, 1, demand, demand, false);
        }
        if (power.clockThrottles()) {
            // The busy part of the phase stretches by s until the average is the limit:
            // idleW (s G + W) + clockedW busy s + dynamic = limitW (s G + W), G = t - W the busy wall time.
            double g = t - waitSeconds;
            double denominator = g * (limitW - idleW) - clockedW * busyChipSeconds;
            if (g > 0 && denominator > 0) {
                double s = Math.max(1, (dynamicJoules - (limitW - idleW) * waitSeconds) / denominator);
                double stretched = s * g + waitSeconds;
                double idle2 = idleW * stretched;
                double clocked2 = clocked * s;
                double avg = (idle2 + clocked2 + dynamicJoules) / stretched / chipsPowered;
                return new Budget(stretched, stretched / t, idle2, clocked2, 1, avg, demand, true);
            }
        }
        // Capped: the dynamic parts shrink to what the limit leaves after idle and clocked power.
        double k = Math.max(0, limitW * t - idle - clocked) / dynamicJoules;
        return new Budget(t, 1, idle, clocked, k, power.boardLimitWatts(), demand, true);
    }

    /**
     * A phase's time and static energy after the board limit, and the factor its dynamic energy is
     * scaled by (1 unless the power is capped).
     */
    public record Budget(double seconds, double slowdown, double idleJoules, double clockedJoules, double dynamicScale,
                         double averageWatts, double demandWatts, boolean powerLimited) {
    }
}
