package org.memwall.ui.canvas;

import java.util.List;
import org.memwall.core.model.ArchitectureFamily;

/**
 * Where an architecture family's blocks sit on its die, in shares of the die box (0..1), so the
 * drawing code places blocks by data instead of by scattered constants. A role may have several
 * regions (HBM stacks on both sides of a GPU); compute and CIM cells are shared out over their
 * regions by area.
 */
record ChipLayout(ArchitectureFamily family, List<Region> regions) {

    /**
     * One region of the die.
     *
     * @param tiles how many equal blocks to cut the region into (HBM stacks, SRAM banks); 1 for
     *              compute regions, which are filled with unit cells instead
     */
    record Region(BlockRole role, Box area, int tiles) {
    }

    ChipLayout {
        regions = List.copyOf(regions);
    }

    List<Region> regions(BlockRole role) {
        return regions.stream().filter(r -> r.role() == role).toList();
    }

    /** The layout of each family; a GPU-like floor plan, a Groq-like streaming plan, a CIM macro grid. */
    static ChipLayout of(ArchitectureFamily family) {
        return switch (family) {
            // HBM stacks left and right of the die, L2 across the middle, SMs above and below it.
            case VON_NEUMANN_HBM -> new ChipLayout(family, List.of(
                    new Region(BlockRole.DRAM, new Box(0.00, 0.06, 0.15, 0.88), 3),
                    new Region(BlockRole.DRAM, new Box(0.85, 0.06, 0.15, 0.88), 3),
                    new Region(BlockRole.COMPUTE, new Box(0.22, 0.04, 0.56, 0.37), 1),
                    new Region(BlockRole.SRAM, new Box(0.22, 0.44, 0.56, 0.12), 2),
                    new Region(BlockRole.COMPUTE, new Box(0.22, 0.59, 0.56, 0.37), 1)));
            // Memory slices on both sides of the matrix units, no off-chip DRAM.
            case SRAM_DATAFLOW -> new ChipLayout(family, List.of(
                    new Region(BlockRole.SRAM, new Box(0.03, 0.04, 0.33, 0.92), 5),
                    new Region(BlockRole.COMPUTE, new Box(0.40, 0.04, 0.20, 0.92), 1),
                    new Region(BlockRole.SRAM, new Box(0.64, 0.04, 0.33, 0.92), 5)));
            // A grid of macros that compute where the weights are, a small activation buffer, optional DRAM.
            case COMPUTE_IN_MEMORY -> new ChipLayout(family, List.of(
                    new Region(BlockRole.CIM_ARRAY, new Box(0.03, 0.04, 0.94, 0.62), 1),
                    new Region(BlockRole.SRAM, new Box(0.03, 0.71, 0.94, 0.10), 4),
                    new Region(BlockRole.DRAM, new Box(0.03, 0.86, 0.94, 0.10), 4)));
        };
    }
}
