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
        return new ValidationRow(measured(id, published), Optional.of(family), "stack", OptionalDouble.of(predicted), "", "");
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
                ValidationRow.failed(measured("d", 100), Optional.of(ArchitectureFamily.SRAM_DATAFLOW), "stack", "no model")));

        assertEquals(0.30, report.medianError().getAsDouble(), 1e-12);
        assertEquals(0.20, report.medianError(ArchitectureFamily.VON_NEUMANN_HBM).getAsDouble(), 1e-12);
        assertEquals(0.50, report.medianError(ArchitectureFamily.SRAM_DATAFLOW).getAsDouble(), 1e-12);
        assertEquals(1, report.runsOf(ArchitectureFamily.SRAM_DATAFLOW));
        assertEquals(2, report.runsOf(ArchitectureFamily.VON_NEUMANN_HBM));
        assertEquals(2.0 / 3, report.shareWithin(0.30), 1e-12, "10% and 30% are within 30%, 50% is not");
        assertEquals(2, report.byGroup().get(new ValidationReport.Group(ArchitectureFamily.VON_NEUMANN_HBM, "stack")).size());
    }

    @Test
    void fewerThanThreeRunsAreNotValidatedAndTheLabelSaysOutOfSample() {
        assertFalse(Fidelity.crossValidated(0.1, 2).validated());
        Fidelity f = Fidelity.crossValidated(0.12, 38);
        assertTrue(f.validated());
        assertEquals("±12% on 38 runs it was not fitted to", f.label());
        assertEquals(12.0, f.medianErrorPercent().getAsDouble(), 1e-9);
        FidelityTable table = new FidelityTable(java.util.Map.of(new ValidationReport.Group(ArchitectureFamily.VON_NEUMANN_HBM, "s"), f));
        assertEquals(f, table.fidelityFor(ArchitectureFamily.VON_NEUMANN_HBM, "s"));
        assertEquals("not validated", table.fidelityFor(ArchitectureFamily.COMPUTE_IN_MEMORY, "s").label());
    }

    @Test
    void noRowsGiveNoMedian() {
        assertTrue(new ValidationReport(List.of()).medianError().isEmpty());
    }
}
