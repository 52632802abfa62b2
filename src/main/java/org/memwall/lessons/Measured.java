package org.memwall.lessons;

import java.util.List;
import java.util.Optional;

/**
 * What a claim's computation found: a value with the numbers that explain it, or why it could not
 * be computed at these settings. The numbers are already formatted (locale-free) for the sentence
 * that shows them.
 */
public sealed interface Measured {
    /** Formatted numbers for the claim's sentence, in the order its text uses them. */
    List<String> args();

    /**
     * @param verdict a verdict the computation decides itself (a crossing that does not exist);
     *                empty: the claim's expectation judges {@code value}
     */
    record Value(double value, Optional<Verdict> verdict, String detailKey, List<String> args) implements Measured {
        public Value {
            args = List.copyOf(args);
        }
    }

    /** @param reasonKey text key of the reason (e.g. {@code missing.chip}) */
    record Unavailable(String reasonKey, List<String> args) implements Measured {
        public Unavailable {
            args = List.copyOf(args);
        }
    }

    static Measured value(double value, String detailKey, String... args) {
        return new Value(value, Optional.empty(), detailKey, List.of(args));
    }

    static Measured decided(double value, Verdict verdict, String detailKey, String... args) {
        return new Value(value, Optional.of(verdict), detailKey, List.of(args));
    }

    static Measured unavailable(String reasonKey, String... args) {
        return new Unavailable(reasonKey, List.of(args));
    }
}
