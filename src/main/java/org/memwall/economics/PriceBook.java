package org.memwall.economics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every sourced price the presets know, the operating cost that goes with them and the power the
 * equal-throughput comparison assumed. Where a chip has several prices on one basis the first listed
 * is the one used; the others stay for reference.
 */
public record PriceBook(List<PricePoint> prices, OperatingCost operating, PowerAssumptions power) {
    public PriceBook {
        prices = List.copyOf(prices);
        Objects.requireNonNull(operating, "operating");
        Objects.requireNonNull(power, "power");
    }

    /** No prices at all (the economics preset did not load): every cost says which price is missing. */
    public static PriceBook unavailable() {
        return new PriceBook(List.of(), new OperatingCost(0, 1, "no economics preset loaded"),
                new PowerAssumptions(1, 1, 1, "no economics preset loaded"));
    }

    /** The price used for a chip on a basis, if any is known. */
    public Optional<PricePoint> price(String hardwareId, PriceBasis basis) {
        return prices.stream().filter(p -> p.hardwareId().equals(hardwareId) && p.basis() == basis).findFirst();
    }

    public Optional<PricePoint> byId(String id) {
        return prices.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every price of a chip, in the order listed. */
    public List<PricePoint> pricesOf(String hardwareId) {
        return prices.stream().filter(p -> p.hardwareId().equals(hardwareId)).toList();
    }
}
