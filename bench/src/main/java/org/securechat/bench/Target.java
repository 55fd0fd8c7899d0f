package org.securechat.bench;

/**
 * One row of the targets table: a figure of a scenario's runs and the bound its median must
 * meet, or no bound for a figure shown only as context beside the goals.
 */
record Target(String label, String figure, Bound bound, double goal) {

    enum Bound {
        AT_LEAST(">="), AT_MOST("<="), NONE("");

        final String symbol;

        Bound(String symbol) {
            this.symbol = symbol;
        }
    }

    static Target atLeast(String label, String figure, double goal) {
        return new Target(label, figure, Bound.AT_LEAST, goal);
    }

    static Target atMost(String label, String figure, double goal) {
        return new Target(label, figure, Bound.AT_MOST, goal);
    }

    static Target context(String label, String figure) {
        return new Target(label, figure, Bound.NONE, Double.NaN);
    }

    boolean isGoal() {
        return bound != Bound.NONE;
    }

    /** A figure that was not measured (NaN) meets no goal. */
    boolean metBy(double median) {
        return switch (bound) {
            case AT_LEAST -> median >= goal;
            case AT_MOST -> median <= goal;
            case NONE -> true;
        };
    }
}
