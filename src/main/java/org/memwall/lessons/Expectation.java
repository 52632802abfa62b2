package org.memwall.lessons;

/**
 * What the article says a quantity is, and how close the computed value must come for each verdict.
 */
public sealed interface Expectation {
    /** The article's value, as a number. */
    double article();

    Verdict judge(double computed);

    /**
     * "About {@code article}": holds within {@code holdsWithin} of it (a fraction: 0.05 is 5 %),
     * partly within {@code partlyWithin}.
     */
    record Near(double article, double holdsWithin, double partlyWithin) implements Expectation {
        public Near {
            if (!(article != 0) || !(holdsWithin >= 0) || !(partlyWithin >= holdsWithin)) {
                throw new IllegalArgumentException("Near needs a non-zero value and 0 <= holds <= partly tolerances");
            }
        }

        @Override
        public Verdict judge(double computed) {
            double off = Math.abs(computed / article - 1);
            return off <= holdsWithin + 1e-12 ? Verdict.HOLDS : off <= partlyWithin + 1e-12 ? Verdict.PARTLY : Verdict.DOES_NOT_HOLD;
        }

        /** How far the computed value is from the article's, as a signed fraction. */
        public double offBy(double computed) {
            return computed / article - 1;
        }
    }

    /** "At least {@code article}": holds from {@code holdsFrom}, partly from {@code partlyFrom}. */
    record AtLeast(double article, double holdsFrom, double partlyFrom) implements Expectation {
        public AtLeast {
            if (!(partlyFrom <= holdsFrom)) {
                throw new IllegalArgumentException("AtLeast needs partlyFrom <= holdsFrom");
            }
        }

        @Override
        public Verdict judge(double computed) {
            return computed >= holdsFrom ? Verdict.HOLDS : computed >= partlyFrom ? Verdict.PARTLY : Verdict.DOES_NOT_HOLD;
        }
    }

    /** "At most {@code article}": holds up to {@code holdsUpTo}, partly up to {@code partlyUpTo}. */
    record AtMost(double article, double holdsUpTo, double partlyUpTo) implements Expectation {
        public AtMost {
            if (!(partlyUpTo >= holdsUpTo)) {
                throw new IllegalArgumentException("AtMost needs partlyUpTo >= holdsUpTo");
            }
        }

        @Override
        public Verdict judge(double computed) {
            return computed <= holdsUpTo ? Verdict.HOLDS : computed <= partlyUpTo ? Verdict.PARTLY : Verdict.DOES_NOT_HOLD;
        }
    }
}
