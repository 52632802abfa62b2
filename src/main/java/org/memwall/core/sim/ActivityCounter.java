package org.memwall.core.sim;

import java.util.EnumMap;
import java.util.Map;
import org.memwall.core.energy.PhaseActivity;
import org.memwall.core.energy.PowerModel;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;

/**
 * Adds up, while a phase is timed, what its operators do on every chip: the counts the power model
 * turns into energy ({@link PhaseActivity}), and the time the units are busy on the critical path.
 */
final class ActivityCounter {
    private final RunContext c;
    /** Matrix ops by format (by ordinal; a map only when the phase's activity is built: no boxing per operator). */
    private static final Precision[] FORMATS = Precision.values();
    private final double[] matrixOps = new double[FORMATS.length];
    private final boolean[] matrixOpsSeen = new boolean[FORMATS.length];
    private double vectorOps;
    private double converterOps;
    private double busyPathSeconds;
    private double busyChipSeconds;

    ActivityCounter(RunContext c) {
        this.c = c;
    }

    /**
     * One operator: its matrix work at the matrix units in its format (a CIM array makes one pass
     * per weight slice, and each op passes its converters once), or at the vector units where the
     * family runs it there; and its busy time, which is its time less the launch gaps.
     */
    void add(Work wk, OperatorResult r) {
        add(wk.occurrences(), wk.width(), wk.kernels(), r.matrixOps(), wk.matrixOnWeights(), wk.computePrecision(),
                r.vectorOps(), r.seconds());
    }

    /** The same from plain numbers (the metrics-only run); {@code vectorOps} includes weight conversions. */
    void add(int occurrences, double width, int kernels, double matrixOpsOfOne, boolean matrixOnWeights,
             Precision computePrecision, double vectorOpsOfOne, double seconds) {
        double copies = width * (double) occurrences;
        if (matrixOpsOfOne > 0) {
            if (c.arch().matrixOpsAtPeak(matrixOnWeights)) {
                matrixOps[computePrecision.ordinal()] += matrixOpsOfOne * copies * c.passes();
                matrixOpsSeen[computePrecision.ordinal()] = true;
                if (c.chip().cim().isPresent()) {
                    converterOps += matrixOpsOfOne * copies;
                }
            } else {
                vectorOps += matrixOpsOfOne * copies;
            }
        }
        vectorOps += vectorOpsOfOne * copies;
        double busy = Math.max(0, seconds - KernelTimer.launchSeconds(c, kernels));
        busyPathSeconds += busy * occurrences;
        busyChipSeconds += busy * copies;
    }

    /** Energy of the phase's operations on every chip (the metrics-only run: no activity record). */
    double computeJoules(Hardware chip) {
        double compute = vectorOps * chip.compute().vectorEnergyPerOpJoules();
        for (int i = 0; i < matrixOps.length; i++) {
            if (matrixOpsSeen[i]) {
                compute += matrixOps[i] * PowerModel.matrixEnergyPerOpJoules(chip, FORMATS[i]);
            }
        }
        return compute + converterOps * PowerModel.converterEnergyPerOpJoules(chip);
    }

    /** Wall time on the critical path during which some chip's units run a kernel. */
    double busyPathSeconds() {
        return busyPathSeconds;
    }

    /**
     * The phase's activity: {@code seconds} of wall time in which {@code streams} streams each did
     * this work; what is not the units' busy time is waiting (launch gaps, the host's scheduling).
     */
    PhaseActivity activity(double seconds, int streams, Map<String, Double> bytesAllChips, double linkBytesAllChips) {
        double busyWall = Math.min(seconds, streams * busyPathSeconds);
        Map<Precision, Double> byFormat = new EnumMap<>(Precision.class);
        for (Precision p : Precision.values()) {
            if (matrixOpsSeen[p.ordinal()]) {
                byFormat.put(p, matrixOps[p.ordinal()]);
            }
        }
        PhaseActivity one = new PhaseActivity(seconds, Math.max(0, seconds - busyWall), busyChipSeconds, byFormat,
                vectorOps, converterOps, bytesAllChips, linkBytesAllChips);
        return streams == 1 ? one : one.times(streams, seconds, one.waitSeconds());
    }
}
