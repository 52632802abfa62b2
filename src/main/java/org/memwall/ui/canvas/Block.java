package org.memwall.ui.canvas;

import java.util.List;

/**
 * One drawn block of a chip: a layout region in pixels, cut into tiles (HBM stacks, SRAM banks,
 * compute or CIM cells).
 *
 * @param levelNames the memory levels whose traffic makes it glow ({@code Trace.LINK} for the link)
 * @param caption    the short label drawn on it; empty for none
 * @param tooltip    the sentence shown when the mouse is over it
 */
record Block(BlockRole role, Box area, List<Box> tiles, List<String> levelNames, String caption, String tooltip) {
    Block {
        tiles = List.copyOf(tiles);
        levelNames = List.copyOf(levelNames);
    }
}
