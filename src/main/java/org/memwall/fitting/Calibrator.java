package org.memwall.fitting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.memwall.core.model.Hardware;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationRow;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;

/**
 * Fits each serving stack's free figures to the measured runs it served, by minimising the mean
 * |log(predicted / published)| (the same weight for too fast and too slow, and a far-off run
 * cannot drag the rest as a squared error would). Every fit starts from the stack's priors and frees
 * at most one figure per six runs, in the order the stack lists them; the rest stay at their priors.
 */
public final class Calibrator {
    /** What a run that cannot be simulated costs the objective: far worse than any prediction. */
    private static final double FAILED_RUN = 10;
    private static final int MAX_EVALUATIONS = 2000;

    private final Simulator simulator;
    private final Validation.Lookup presets;

    /** @param presets hardware and models by id (stacks come from the fit's own map) */
    public Calibrator(Simulator simulator, Validation.Lookup presets) {
        this.simulator = simulator;
        this.presets = presets;
    }

    /** One stack's fit: the fitted stack, the figures freed, the runs, the objective before and after. */
    public record Fit(ServingStack stack, List<StackParameter> freed, List<String> runIds, double before, double after) {
    }

    /**
     * Fits every stack to its runs among {@code runs}; a stack that inherits takes its parent's fitted
     * values for its free fields. Stacks not named by any run keep their priors.
     */
    public Map<String, Fit> fitAll(List<Measurement> runs, List<ServingStack> stacks) {
        Map<String, ServingStack> byId = new LinkedHashMap<>();
        stacks.forEach(s -> byId.put(s.id(), atPriors(s)));
        Map<String, Fit> fits = new LinkedHashMap<>();
        for (ServingStack s : stacks) {
            if (s.calibration().inheritFrom().isEmpty()) {
                Fit f = fit(byId.get(s.id()), runsOf(s.id(), runs), byId);
                fits.put(s.id(), f);
                byId.put(s.id(), f.stack());
            }
        }
        for (ServingStack s : stacks) {
            Optional<String> parent = s.calibration().inheritFrom();
            if (parent.isPresent()) {
                ServingStack from = Optional.ofNullable(byId.get(parent.get())).orElseThrow(() -> new IllegalArgumentException(
                        "stack " + s.id() + " inherits from '" + parent.get() + "', which is not loaded"));
                ServingStack inherited = byId.get(s.id());
                for (StackCalibration.Free free : s.calibration().free()) {
                    StackParameter p = parameter(s, free.field());
                    inherited = p.set(inherited, p.get(from));
                }
                List<Measurement> own = runsOf(s.id(), runs);
                double objective = objective(inherited, own, byId);
                fits.put(s.id(), new Fit(inherited.withCalibration(inherited.calibration().withFittedTo(
                        from.calibration().fittedTo())), List.of(), ids(own), objective, objective));
                byId.put(s.id(), inherited);
            }
        }
        return fits;
    }

    /** The runs a stack served: those naming it, and those on a chip whose usual stack it is. */
    public List<Measurement> runsOf(String stackId, List<Measurement> runs) {
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : runs) {
            if (m.metric().isEnergy()) {
                continue;
            }
            Optional<Hardware> chip = presets.hardware().apply(m.hardwareId());
            if (chip.isPresent() && Validation.stackIdOf(m, chip.get()).equals(stackId)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The stack with every free figure at its prior: where a fit starts. */
    public static ServingStack atPriors(ServingStack s) {
        ServingStack out = s;
        for (StackCalibration.Free free : s.calibration().free()) {
            out = parameter(s, free.field()).set(out, free.prior());
        }
        return out.withCalibration(s.calibration().withFittedTo(List.of()));
    }

    private Fit fit(ServingStack start, List<Measurement> runs, Map<String, ServingStack> stacks) {
        List<StackParameter> freed = start.calibration().freedFor(runs.size()).stream()
                .map(f -> parameter(start, f.field())).toList();
        double before = objective(start, runs, stacks);
        if (freed.isEmpty()) {
            return new Fit(start, freed, ids(runs), before, before);
        }
        double[] x0 = new double[freed.size()];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = encode(freed.get(i).fraction(), freed.get(i).get(start));
        }
        PointValuePair best = minimise(x0, x -> objective(apply(start, freed, x), runs, stacks));
        ServingStack fitted = apply(start, freed, best.getPoint());
        fitted = fitted.withCalibration(fitted.calibration().withFittedTo(ids(runs)));
        return new Fit(fitted, freed, ids(runs), before, best.getValue());
    }

    /** Nelder-Mead from {@code x0}; a restart from the best point lets a collapsed simplex open up again. */
    static PointValuePair minimise(double[] x0, java.util.function.ToDoubleFunction<double[]> objective) {
        ObjectiveFunction f = new ObjectiveFunction(objective::applyAsDouble);
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-6, 1e-8);
        PointValuePair best = null;
        double[] guess = x0;
        for (int round = 0; round < 2; round++) {
            PointValuePair p = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), f, GoalType.MINIMIZE,
                    new InitialGuess(guess), new NelderMeadSimplex(guess.length, 0.3));
            if (best == null || p.getValue() < best.getValue()) {
                best = p;
            }
            guess = best.getPoint();
        }
        return best;
    }

    /** Mean |log(predicted / published)| over the runs, with this stack in place of its preset. */
    double objective(ServingStack stack, List<Measurement> runs, Map<String, ServingStack> stacks) {
        return objective(new Validation.Lookup(presets.hardware(), presets.model(),
                id -> id.equals(stack.id()) ? Optional.of(stack) : Optional.ofNullable(stacks.get(id))), runs);
    }

    /** Mean |log(predicted / published)| over the runs with these presets. */
    double objective(Validation.Lookup lookup, List<Measurement> runs) {
        if (runs.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Measurement m : runs) {
            ValidationRow row = Validation.row(simulator, lookup, m);
            sum += row.ran() ? row.absoluteLogError().getAsDouble() : FAILED_RUN;
        }
        return sum / runs.size();
    }

    /**
     * Median |log(predicted / published)| over the runs with these presets: the objective of
     * issue #8's wording, which a few runs far off for reasons outside the fitted figures cannot
     * drag (the energy fit uses it).
     */
    double medianObjective(Validation.Lookup lookup, List<Measurement> runs) {
        if (runs.isEmpty()) {
            return 0;
        }
        double[] errors = new double[runs.size()];
        for (int i = 0; i < errors.length; i++) {
            ValidationRow row = Validation.row(simulator, lookup, runs.get(i));
            errors[i] = row.ran() ? row.absoluteLogError().getAsDouble() : FAILED_RUN;
        }
        return org.memwall.core.sim.ValidationReport.median(errors).orElse(0);
    }

    private static ServingStack apply(ServingStack s, List<StackParameter> freed, double[] x) {
        ServingStack out = s;
        for (int i = 0; i < freed.size(); i++) {
            out = freed.get(i).set(out, decode(freed.get(i).fraction(), x[i]));
        }
        return out;
    }

    /** Fractions fit on a logit scale (they stay in (0, 1)), amounts on a log scale (they stay positive). */
    static double encode(boolean fraction, double v) {
        if (fraction) {
            double f = Math.min(0.999, Math.max(1e-4, v));
            return Math.log(f / (1 - f));
        }
        return Math.log(Math.max(v, 1e-12));
    }

    static double decode(boolean fraction, double x) {
        return fraction ? 1 / (1 + Math.exp(-x)) : Math.exp(x);
    }

    static StackParameter parameter(ServingStack s, String field) {
        return StackParameter.byField(field).orElseThrow(() -> new IllegalArgumentException(
                "stack " + s.id() + ": calibration cannot fit '" + field + "'"));
    }

    private static List<String> ids(List<Measurement> runs) {
        return runs.stream().map(Measurement::id).toList();
    }
}
