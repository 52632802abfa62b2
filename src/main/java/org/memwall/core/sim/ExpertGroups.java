package org.memwall.core.sim;

/**
 * How a decode step's or a pass's tokens load a mixture of experts' layer. With uniform routing
 * each expert is chosen by some token with probability p = 1 - (1 - k/E)^tokens, so E x p of
 * them are touched in expectation ({@link #touched}). Spread over groups of E/g experts, the
 * layer waits for the group that touched the most: taking each expert's touch as independent
 * with that p, a group's count is binomial(E/g, p) and the busiest group's is the expected
 * maximum of g such counts ({@link #busiest}). With one group that is E x p again.
 */
final class ExpertGroups {
    private ExpertGroups() {
    }

    /** Experts of a layer that at least one of {@code tokens} tokens chose, in expectation; 1 for a dense layer. */
    static double touched(double experts, double perToken, double tokens) {
        return experts == 1 ? 1 : experts * (1 - Math.pow(1 - perToken / experts, tokens));
    }

    /**
     * Expected touched experts of the busiest of {@code groups} equal groups: E[max] = sum over
     * j = 1..n of P(max >= j) = sum of (1 - F(j-1)^groups), with n = experts / groups and F the
     * binomial(n, p) distribution function.
     */
    static double busiest(double experts, double perToken, double tokens, int groups) {
        if (groups <= 1) {
            return touched(experts, perToken, tokens);
        }
        int n = (int) Math.round(experts / groups);
        // in logarithms: at long prompts q^n is far below the smallest double while p is not yet 1
        double logQ = tokens * Math.log1p(-perToken / experts);
        if (logQ == Double.NEGATIVE_INFINITY) {
            return n;
        }
        double logP = Math.log(-Math.expm1(logQ));
        double logChoose = 0;
        double cdf = 0;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            cdf = Math.min(1, cdf + Math.exp(logChoose + j * logP + (n - j) * logQ));
            sum += 1 - Math.pow(cdf, groups);
            logChoose += Math.log(n - j) - Math.log(j + 1);
        }
        return sum;
    }
}
