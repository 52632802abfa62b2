package org.memwall.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.memwall.core.energy.Energy;
import org.memwall.core.energy.Facility;
import org.memwall.core.sim.Result;

/**
 * The energy part of a result as JSON: accelerator energy per output token with where it goes,
 * the power of each phase, the older dynamic-only figure, and the wall-plug view when a facility
 * is named. Every figure says what it counts.
 */
public final class EnergyJson {
    /** What the accelerator figures count, in every export. */
    public static final String COUNTS = "accelerators only, idle power included; no host, no cooling";

    private EnergyJson() {
    }

    public static ObjectNode of(ObjectMapper mapper, Result r) {
        Energy e = r.energy();
        ObjectNode n = mapper.createObjectNode();
        n.put("counts", COUNTS);
        ResultJson.number(n, "acceleratorJoulesPerOutputToken", e.acceleratorJoulesPerOutputToken());
        ResultJson.numbers(n.putObject("breakdown"), e.breakdown());
        ObjectNode st = n.putObject("static");
        ResultJson.number(st, "idle", e.idleJoulesPerToken());
        ResultJson.number(st, "clocked", e.clockedJoulesPerToken());
        ResultJson.number(n, "dynamicJoulesPerOutputToken", e.dynamicJoulesPerToken());
        ObjectNode power = n.putObject("power");
        ResultJson.number(power, "boardLimitWattsPerChip", r.hardware().power().boardLimitWatts());
        ResultJson.number(power, "idleWattsPerChip", r.hardware().power().idleWatts());
        ResultJson.number(power, "clockedWattsPerChip", r.hardware().power().clockedWatts());
        power.put("powerLimited", e.powerLimited());
        phase(power.putObject("prefill"), e.prefill());
        phase(power.putObject("decode"), e.decode());
        // the fields of earlier versions, same meaning over the whole request
        ResultJson.number(n, "joulesPerToken", e.joulesPerToken());
        ResultJson.number(n, "computeJoulesPerToken", e.computeJoulesPerToken());
        ResultJson.number(n, "dataMovementJoulesPerToken", e.dataMovementJoulesPerToken());
        ResultJson.numbers(n.putObject("byLevelJoulesPerToken"), e.byLevelJoulesPerToken());
        return n;
    }

    private static void phase(ObjectNode n, Energy.PhasePower p) {
        ResultJson.number(n, "averageWattsPerChip", p.averageWatts());
        ResultJson.number(n, "demandWattsPerChip", p.demandWatts());
        n.put("powerLimited", p.powerLimited());
        ResultJson.number(n, "slowdown", p.slowdown());
    }

    /** Adds {@code energy.wallPlug} to a result's JSON when a facility is named. */
    public static void addWallPlug(ObjectNode result, Optional<Facility> facility, Result r) {
        if (facility.isEmpty()) {
            return;
        }
        Facility f = facility.get();
        ObjectNode w = ((ObjectNode) result.get("energy")).putObject("wallPlug");
        w.put("facility", f.id());
        w.put("name", f.name());
        w.put("counts", "accelerators, their share of the host (CPUs, memory, network) and the building's overhead (PUE)");
        ResultJson.number(w, "hostShareOfAccelerator", f.hostShareOfAccelerator());
        ResultJson.number(w, "powerUsageEffectiveness", f.powerUsageEffectiveness());
        ResultJson.number(w, "joulesPerOutputToken", f.wallPlugJoulesPerToken(r.energy()));
    }
}
