package org.memwall.core.model;

/**
 * What only a compute-in-memory chip has.
 *
 * @param bitsPerCell            weight bits one cell stores (1 for SRAM, 1-4 for multi-level ReRAM)
 * @param maxNativeWeightBits    widest weight the arrays multiply in one pass; wider weights are
 *                               bit-sliced over several passes
 * @param adcEnergyPerOpJoules   converter energy per op (analog CIM: ADC/DAC; digital CIM: 0, the
 *                               adder tree is in the op energy)
 * @param arrayUtilisation       share of array cells that hold useful weights once a model is mapped
 */
public record CimSpec(int bitsPerCell, int maxNativeWeightBits, double adcEnergyPerOpJoules, double arrayUtilisation) {
    public CimSpec {
        Checks.positive("bitsPerCell", bitsPerCell);
        Checks.positive("maxNativeWeightBits", maxNativeWeightBits);
        Checks.nonNegative("adcEnergyPerOpJoules", adcEnergyPerOpJoules);
        Checks.fraction("arrayUtilisation", arrayUtilisation);
    }

    /** Passes over the array a weight of the given width needs (bit slicing). */
    public int passesFor(Precision weights) {
        return Math.max(1, (int) Math.ceil(weights.bits() / (double) maxNativeWeightBits));
    }
}
