package org.memwall.core.sim;

import java.util.Map;

/**
 * Energy per generated token in decode, all chips.
 *
 * @param computeJoulesPerToken      matrix and vector ops (and CIM converters)
 * @param dataMovementJoulesPerToken memory traffic at every level plus link traffic
 * @param byLevelJoulesPerToken      data movement split by memory level, and "link"
 * @param boardJoulesPerToken        the other view: every chip drawing its rated power for the
 *                                   whole step, divided over the batch
 */
public record Energy(
        double computeJoulesPerToken,
        double dataMovementJoulesPerToken,
        Map<String, Double> byLevelJoulesPerToken,
        double boardJoulesPerToken) {

    public Energy {
        byLevelJoulesPerToken = Map.copyOf(byLevelJoulesPerToken);
    }

    public double joulesPerToken() {
        return computeJoulesPerToken + dataMovementJoulesPerToken;
    }
}
