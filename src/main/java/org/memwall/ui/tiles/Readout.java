package org.memwall.ui.tiles;

import java.util.Objects;

/**
 * One tile's content as text: what the compact column shows where the tiles do not fit.
 *
 * @param value       the number with its unit, as the tile writes it ("28.9", "59.4 %", "<0.1 %")
 * @param description the tile's lines under the number
 * @param note        the compared chips' numbers ("" when none)
 * @param stale       whether the number belongs to earlier settings than the current, impossible ones
 */
public record Readout(String id, String title, String value, String description, String note, String tip, boolean stale) {
    public Readout {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        value = value == null ? "" : value;
        description = description == null ? "" : description;
        note = note == null ? "" : note;
        tip = tip == null ? "" : tip;
    }
}
