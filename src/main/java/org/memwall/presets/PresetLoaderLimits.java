package org.memwall.presets;

/** How large a preset file the program reads. */
final class PresetLoaderLimits {
    /** A scenario with five steps in two languages is a few kilobytes. */
    static final long MAX_SCENARIO_BYTES = 256 * 1024;

    private PresetLoaderLimits() {
    }
}
