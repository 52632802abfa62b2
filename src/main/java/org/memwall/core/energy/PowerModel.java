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
 * byte moved (off-chip bytes also pay their trip across the die). A phase that would draw more than the board limit is power-limited: a chip whose
 * clock throttles takes longer, so that its average equals the limit; any other is capped at it.
 */
public final class PowerModel {
    private PowerModel() {
    }

    /**
     * @param chipsPowered chips switched on for the phase (every chip of the scenario, also those
     *                     that hold no share of the model)
     */
    public static PhaseEnergy phase(Hardware chip, int chipsPowered, PhaseActivity a) {
        if (chipsPowered < 1) {
            throw new IllegalArgumentException("chipsPowered must be at least 1, got " + chipsPowered);
        }
        PowerSpec power = chip.power();
        double compute = a.vectorOps() * chip.compute().vectorEnergyPerOpJoules();
        for (Map.Entry<Precision, Double> e : a.matrixOps().entrySet()) {
            Precision p = chip.compute().bestFor(e.getKey());
            compute += e.getValue() * chip.compute().energyPerOpJoules().get(p);
        }
        double converters = a.converterOps() * chip.cim().map(c -> c.adcEnergyPerOpJoules()).orElse(0.0);
        Map<String, Double> levels = new LinkedHashMap<>();
        for (MemoryLevel l : chip.memory()) {
            // off-chip traffic also crosses the die to the compute units
            double perBit = l.energyPerBitJoules() + (l.kind() == MemoryKind.OFF_CHIP_DRAM ? power.dramPathEnergyPerBitJoules() : 0);
            levels.put(l.name(), a.bytesByLevel().getOrDefault(l.name(), 0.0) * 8 * perBit);
        }
        double link = a.linkBytes() * 8 * chip.link().energyPerBitJoules();
        double dynamic = compute + converters + link + levels.values().stream().mapToDouble(Double::doubleValue).sum();

        double t = a.seconds();
        double idleW = power.idleWatts() * chipsPowered;
        double clockedW = power.clockedWatts();
        double limitW = power.boardLimitWatts() * chipsPowered;
        double idle = idleW * t;
        double clocked = clockedW * a.busyChipSeconds();
        double total = idle + clocked + dynamic;
        if (t <= 0) {
            return new PhaseEnergy(0, 1, 0, 0, compute, converters, levels, link, 0, 0, false);
        }
        double demand = total / t / chipsPowered;
        if (total <= limitW * t * (1 + 1e-12)) {
            return new PhaseEnergy(t, 1, idle, clocked, compute, converters, levels, link, demand, demand, false);
        }
        if (power.clockThrottles()) {
            // The busy part of the phase stretches by s until the average is the limit:
            // idleW (s G + W) + clockedW busy s + dynamic = limitW (s G + W), G = t - W the busy wall time.
            double wait = a.waitSeconds();
            double g = t - wait;
            double denominator = g * (limitW - idleW) - clockedW * a.busyChipSeconds();
            if (g > 0 && denominator > 0) {
                double s = Math.max(1, (dynamic - (limitW - idleW) * wait) / denominator);
                double stretched = s * g + wait;
                double idle2 = idleW * stretched;
                double clocked2 = clocked * s;
                double avg = (idle2 + clocked2 + dynamic) / stretched / chipsPowered;
                return new PhaseEnergy(stretched, stretched / t, idle2, clocked2, compute, converters, levels, link,
                        avg, demand, true);
            }
        }
        // Capped: the dynamic parts shrink to what the limit leaves after idle and clocked power.
        double k = Math.max(0, limitW * t - idle - clocked) / dynamic;
        Map<String, Double> scaled = new LinkedHashMap<>();
        levels.forEach((l, j) -> scaled.put(l, j * k));
        return new PhaseEnergy(t, 1, idle, clocked, compute * k, converters * k, scaled, link * k,
                power.boardLimitWatts(), demand, true);
    }
}
