package org.memwall.ui.canvas;

import org.memwall.core.model.MemoryKind;
import org.memwall.core.trace.Endpoint;

/** What a drawn block is; a transfer's endpoints and a memory level's kind map onto these. */
enum BlockRole {
    DRAM, SRAM, COMPUTE, CIM_ARRAY, NEXT_CHIP;

    static BlockRole of(MemoryKind kind) {
        return switch (kind) {
            case OFF_CHIP_DRAM -> DRAM;
            case ON_CHIP_SRAM -> SRAM;
            case CIM_ARRAY -> CIM_ARRAY;
        };
    }

    /** The role a scenario step names ("hbm", "sram", "compute", "cim-array", "link"). */
    static java.util.Optional<BlockRole> ofHighlight(String name) {
        return switch (name) {
            case "hbm" -> java.util.Optional.of(DRAM);
            case "sram" -> java.util.Optional.of(SRAM);
            case "compute" -> java.util.Optional.of(COMPUTE);
            case "cim-array" -> java.util.Optional.of(CIM_ARRAY);
            case "link" -> java.util.Optional.of(NEXT_CHIP);
            default -> java.util.Optional.empty();
        };
    }

    static BlockRole of(Endpoint endpoint) {
        return switch (endpoint) {
            case DRAM -> DRAM;
            case SRAM -> SRAM;
            case CIM_ARRAY -> CIM_ARRAY;
            case COMPUTE -> COMPUTE;
            case NEXT_CHIP -> NEXT_CHIP;
        };
    }
}
