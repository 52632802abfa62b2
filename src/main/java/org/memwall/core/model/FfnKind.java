package org.memwall.core.model;

/** Feed-forward block shape: SwiGLU has three weight matrices (gate, up, down), GELU two. */
public enum FfnKind {
    SWIGLU(3),
    GELU(2);

    private final int matrices;

    FfnKind(int matrices) {
        this.matrices = matrices;
    }

    public int matrices() {
        return matrices;
    }
}
