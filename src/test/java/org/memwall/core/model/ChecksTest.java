package org.memwall.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void aMapEntryPassesThroughOrIsNamedWithItsKey() {
        assertEquals(2.5, Checks.nonNegative("matrixOps", "fp8", 2.5));
        assertEquals(0.0, Checks.nonNegative("matrixOps", "fp8", 0.0));
        assertEquals(1.0, Checks.fraction("efficiency.matrixPeakFraction", "fp16", 1.0));
        assertEquals(3e14, Checks.positive("peakOpsPerSecond", "int8", 3e14));
        assertEquals("matrixOps.fp8 must be zero or more, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative("matrixOps", "fp8", -1)).getMessage());
        assertEquals("peakOpsPerSecond.int8 must be a positive number, got Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> Checks.positive("peakOpsPerSecond", "int8", Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("efficiency.matrixPeakFraction.fp16 must be in (0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class,
                        () -> Checks.fraction("efficiency.matrixPeakFraction", "fp16", 1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative("bytesByLevel", "HBM3", Double.NaN));
    }
}
