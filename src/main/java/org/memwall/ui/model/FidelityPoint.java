package org.memwall.ui.model;

import java.util.OptionalDouble;
import org.memwall.core.sim.Measurement;

/**
 * One published run on the fidelity chart: what was measured, what the shipped presets predict,
 * and what the model predicted with the run's source left out of the fit.
 *
 * @param stack the serving stack it ran on (its own, or the chip's usual one)
 */
public record FidelityPoint(Measurement run, String stack, double predicted, OptionalDouble crossValidated) {

    /** (predicted - published) / published of the shipped presets. */
    public double error() {
        return (predicted - run.value()) / run.value();
    }

    /** How unlike this run the scenario on screen is: 0 for the same chip, model, stack, batch and lengths. */
    public double distanceTo(String hardwareId, String modelId, String stackId, int batch, int prompt, int output) {
        double d = 0;
        d += run.hardwareId().equals(hardwareId) ? 0 : 4;
        d += run.modelId().equals(modelId) ? 0 : 2;
        d += stack.equals(stackId) ? 0 : 1;
        d += Math.abs(Math.log(Math.max(1, run.batch()) / (double) Math.max(1, batch))) / Math.log(4);
        d += Math.abs(Math.log(Math.max(1, run.promptTokens()) / (double) Math.max(1, prompt))) / Math.log(16);
        d += Math.abs(Math.log(Math.max(1, run.outputTokens()) / (double) Math.max(1, output))) / Math.log(16);
        return d;
    }
}
