package org.memwall.lessons;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A scenario told in steps: the settings it starts from and 2-5 steps, each changing some of them.
 * A scenario without steps is one step that changes nothing.
 */
public record Lesson(String scenarioId, Setup base, List<Step> steps) {
    public static final int MAX_STEPS = 5;

    public Lesson {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(base, "base");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a lesson has at most " + MAX_STEPS + " steps, got " + steps.size());
        }
    }

    /** The settings at a step (0-based): the base with every step's change up to it applied in order. */
    public Setup setupAt(int step) {
        if (step < 0 || step >= steps.size()) {
            throw new IllegalArgumentException("step " + (step + 1) + " of " + steps.size() + " does not exist");
        }
        Setup s = base;
        for (int i = 0; i <= step; i++) {
            s = steps.get(i).change().applyTo(s);
        }
        return s;
    }

    /** Every claim the steps check, each once, in the order they first appear. */
    public List<String> claimIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        steps.forEach(s -> ids.addAll(s.claimIds()));
        return new ArrayList<>(ids);
    }
}
