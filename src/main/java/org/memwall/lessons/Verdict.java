package org.memwall.lessons;

/** Whether a claim of the story holds at the settings on screen. */
public enum Verdict {
    HOLDS("holds"),
    PARTLY("partly"),
    DOES_NOT_HOLD("does not hold"),
    /** The settings lack what the claim is about (a chip it compares is not shown, a price is unknown). */
    CANNOT_CHECK("cannot check");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The verdict in the words the command line prints and JSON carries. */
    public String id() {
        return id;
    }
}
