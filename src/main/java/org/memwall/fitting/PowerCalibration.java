package org.memwall.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.optim.PointValuePair;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;

/**
 * The energy side of calibration: fits the family power figures ({@code power.json}) to the
 * measured energy runs, with the serving stacks as their speed fit left them, with the stacks'
 * minimiser ({@link Calibrator}). The objective is the median |log(predicted / published)| (issue
 * #8's wording): the energy runs include serving runs whose stated prompt length is an assumption,
 * and the runs it is far off for must not drag a physical figure to an unphysical value. At most
 * one figure per six runs is freed, in the order the file lists them; the rest stay at their priors.
 */
public final class PowerCalibration {
    private final Calibrator calibrator;
    private final Validation.Lookup presets;

    public PowerCalibration(Simulator simulator, Validation.Lookup presets) {
        this.calibrator = new Calibrator(simulator, presets);
        this.presets = presets;
    }

    /** The fit: the fitted figures, the fields freed, the runs, the objective before and after. */
    public record Fit(FamilyPower power, List<String> freed, List<String> runIds, double before, double after) {
    }

    /** The figures at their priors: where a fit starts. */
    public static FamilyPower atPriors(FamilyPower p) {
        FamilyPower out = p;
        for (StackCalibration.Free f : p.calibration().free()) {
            out = out.with(path(f.field()), f.prior());
        }
        return out.withCalibration(p.calibration().withFittedTo(List.of()));
    }

    /**
     * @param runs   measured energy runs (other metrics are ignored)
     * @param stacks the stacks the runs' speed comes from (their speed fit)
     */
    public Fit fit(List<Measurement> runs, FamilyPower shipped, Map<String, ServingStack> stacks) {
        List<Measurement> energy = runs.stream().filter(m -> m.metric().isEnergy()).toList();
        FamilyPower start = atPriors(shipped);
        List<String> freed = start.calibration().freedFor(energy.size()).stream().map(StackCalibration.Free::field).toList();
        double before = objective(start, energy, stacks);
        if (freed.isEmpty()) {
            return new Fit(start, freed, ids(energy), before, before);
        }
        double[] x0 = new double[freed.size()];
        for (int i = 0; i < x0.length; i++) {
            FamilyPower.FieldPath p = path(freed.get(i));
            x0[i] = Calibrator.encode(p.field().fraction(), start.get(p));
        }
        PointValuePair best = Calibrator.minimise(x0, x -> objective(apply(start, freed, x), energy, stacks));
        FamilyPower fitted = apply(start, freed, best.getPoint());
        fitted = fitted.withCalibration(fitted.calibration().withFittedTo(ids(energy)));
        return new Fit(fitted, freed, ids(energy), before, best.getValue());
    }

    /** The presets with these family figures and stacks. */
    public Validation.Lookup lookup(FamilyPower power, Map<String, ServingStack> stacks) {
        return new Validation.Lookup(id -> presets.hardware().apply(id).flatMap(h -> applied(power, h)), presets.model(),
                id -> Optional.ofNullable(stacks.get(id)).or(() -> presets.stack().apply(id)));
    }

    /** A share that leaves a chip nothing for its work makes its runs fail (and the fit avoid it). */
    private static Optional<org.memwall.core.model.Hardware> applied(FamilyPower power, org.memwall.core.model.Hardware h) {
        try {
            return Optional.of(power.apply(h));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    double objective(FamilyPower power, List<Measurement> runs, Map<String, ServingStack> stacks) {
        return calibrator.medianObjective(lookup(power, stacks), runs);
    }

    private static FamilyPower apply(FamilyPower p, List<String> freed, double[] x) {
        FamilyPower out = p;
        for (int i = 0; i < freed.size(); i++) {
            FamilyPower.FieldPath f = path(freed.get(i));
            out = out.with(f, Calibrator.decode(f.field().fraction(), x[i]));
        }
        return out;
    }

    /** The figure a {@code calibration.free} field names. */
    public static FamilyPower.FieldPath path(String field) {
        return FamilyPower.FieldPath.parse(field)
                .orElseThrow(() -> new IllegalArgumentException("power.json: calibration cannot fit '" + field + "'"));
    }

    private static List<String> ids(List<Measurement> runs) {
        return new ArrayList<>(runs.stream().map(Measurement::id).toList());
    }
}
