package org.memwall.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every claim of the story the program checks, by id. */
public final class Claims {
    private static final List<Claim> ALL;

    static {
        List<Claim> all = new ArrayList<>();
        all.addAll(MemoryClaims.all());
        all.addAll(SramClaims.all());
        all.addAll(CapacityClaims.all());
        all.addAll(CimClaims.all());
        ALL = List.copyOf(all);
    }

    private Claims() {
    }

    public static List<Claim> all() {
        return ALL;
    }

    public static Optional<Claim> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The ids, for messages that list what is allowed. */
    public static String ids() {
        return String.join(", ", ALL.stream().map(Claim::id).toList());
    }
}
