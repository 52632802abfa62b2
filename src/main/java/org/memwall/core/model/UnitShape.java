package org.memwall.core.model;

/** How a chip's matrix units are organised; drawn differently and sized by rows x columns. */
public enum UnitShape {
    /** SIMT cores with small tensor-core blocks (4x4 on V100). */
    SIMT_TENSOR_CORE,
    /** A systolic array of multiply-accumulate cells (TPU MXU, Groq MXM). */
    SYSTOLIC_ARRAY,
    /** A compute-in-memory macro: a memory array that multiplies where the weights are stored. */
    CIM_MACRO
}
