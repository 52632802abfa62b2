package org.memwall.economics;

/**
 * Owning a system for a while: buying it, powering it, and what one million generated tokens cost
 * if it runs flat out the whole time.
 *
 * @param chips           chips bought
 * @param hardwareUsd     what they cost on the basis chosen (whole servers where priced so)
 * @param watts           average power of all of them
 * @param energyUsd       power cost over the period
 * @param tokensPerSecond output tokens the system generates per second, all sequences
 */
public record CostOfOwnership(int chips, double hardwareUsd, double watts, double energyUsd, double tokensPerSecond,
                              OperatingCost operating) {

    public static CostOfOwnership of(int chips, PricePoint price, double watts, double tokensPerSecond, OperatingCost operating) {
        return new CostOfOwnership(chips, price.usdFor(chips), watts, operating.energyUsd(watts), tokensPerSecond, operating);
    }

    public double totalUsd() {
        return hardwareUsd + energyUsd;
    }

    /** Total cost over every token generated in the period. */
    public double usdPerMillionTokens() {
        return totalUsd() / (tokensPerSecond * operating.seconds()) * 1e6;
    }

    /** Hardware cost per token/s of throughput: the figure the per-token/s side of the dispute counts. */
    public double hardwareUsdPerTokenPerSecond() {
        return hardwareUsd / tokensPerSecond;
    }
}
