package org.memwall.history;

import java.util.Objects;

/** The year a process node entered volume production. */
public record NodeYear(double nm, String name, int hvmYear) {
    public NodeYear {
        Objects.requireNonNull(name, "name");
        if (!(nm > 0)) {
            throw new IllegalArgumentException("nm must be positive, got " + nm);
        }
    }
}
