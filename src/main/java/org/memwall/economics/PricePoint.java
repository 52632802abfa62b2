package org.memwall.economics;

import java.util.Objects;

/**
 * One published price of a chip, on one basis. Servers are priced whole: a price per server of
 * eight GPUs counts as one eighth per chip, and buying for a number of chips rounds up to whole
 * servers.
 *
 * @param hardwareId     the chip preset it prices
 * @param kind           what the figure is, in the source's words ("list price, quantity 1 (Mouser)")
 * @param usdPerUnit     price of one unit: a chip (card) or a server of {@code chipsPerUnit} chips
 * @param chipsPerUnit   chips in the unit priced: 1 for a card, 8 for an 8-GPU server
 * @param source         where the figure comes from
 * @param confidence     high, medium or low, as the reference data rates it
 */
public record PricePoint(
        String id,
        String hardwareId,
        PriceBasis basis,
        String kind,
        double usdPerUnit,
        int chipsPerUnit,
        String date,
        String source,
        String confidence) {

    public PricePoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hardwareId, "hardwareId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        if (!(usdPerUnit > 0) || Double.isInfinite(usdPerUnit)) {
            throw new IllegalArgumentException("usdPerUnit must be a positive number, got " + usdPerUnit);
        }
        if (chipsPerUnit < 1) {
            throw new IllegalArgumentException("chipsPerUnit must be at least 1, got " + chipsPerUnit);
        }
    }

    public double usdPerChip() {
        return usdPerUnit / chipsPerUnit;
    }

    /** Units to buy for {@code chips} chips: whole servers where the price is per server. */
    public int unitsFor(int chips) {
        return (int) Math.ceil(chips / (double) chipsPerUnit - 1e-9);
    }

    /** What {@code chips} chips cost, bought in whole units. */
    public double usdFor(int chips) {
        return unitsFor(chips) * usdPerUnit;
    }
}
