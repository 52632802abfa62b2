package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Precision;

class ValidationReportTest {

    private static Measurement measured(String id, double value) {
        return new Measurement(id, "chip", "model", 1, 1, 8, 8, Precision.FP16,
                Metric.DECODE_TOKENS_PER_SECOND_PER_USER, value, "tok/s", "", "");
    }

    private static ValidationRow ran(String id, ArchitectureFamily family, double published, double predicted) {
        return new ValidationRow(measured(id, published), Optional.of(family), OptionalDouble.of(predicted), "", "");
    }

    @Test
    void errorIsSignedRelativeToThePublishedValue() {
        ValidationRow row = ran("a", ArchitectureFamily.VON_NEUMANN_HBM, 100, 80);
        assertEquals(-0.2, row.relativeError().getAsDouble(), 1e-12);
        assertEquals(0.2, row.absoluteRelativeError().getAsDouble(), 1e-12);
    }

    @Test
    void medianOverallAndPerFamilySkipRowsThatDidNotRun() {
        ValidationReport report = new ValidationReport(List.of(
                ran("a", ArchitectureFamily.VON_NEUMANN_HBM, 100, 110),   // 10 %
                ran("b", ArchitectureFamily.VON_NEUMANN_HBM, 100, 70),    // 30 %
                ran("c", ArchitectureFamily.SRAM_DATAFLOW, 100, 150),     // 50 %
                ValidationRow.failed(measured("d", 100), Optional.of(ArchitectureFamily.SRAM_DATAFLOW), "no model")));

        assertEquals(0.30, report.medianError().getAsDouble(), 1e-12);
        assertEquals(0.20, report.medianError(ArchitectureFamily.VON_NEUMANN_HBM).getAsDouble(), 1e-12);
        assertEquals(0.50, report.medianError(ArchitectureFamily.SRAM_DATAFLOW).getAsDouble(), 1e-12);
        assertEquals(1, report.fidelityFor(ArchitectureFamily.SRAM_DATAFLOW).measurements());
        assertEquals(2, report.fidelityFor(ArchitectureFamily.VON_NEUMANN_HBM).measurements());
    }

    @Test
    void aFamilyWithoutRowsIsNotValidated() {
        ValidationReport report = new ValidationReport(List.of(ran("a", ArchitectureFamily.VON_NEUMANN_HBM, 10, 12)));
        Fidelity cim = report.fidelityFor(ArchitectureFamily.COMPUTE_IN_MEMORY);
        assertFalse(cim.validated());
        assertEquals("not validated", cim.label());
        assertTrue(report.fidelityFor(ArchitectureFamily.VON_NEUMANN_HBM).validated());
    }

    @Test
    void noRowsGiveNoMedian() {
        assertTrue(new ValidationReport(List.of()).medianError().isEmpty());
    }
}
