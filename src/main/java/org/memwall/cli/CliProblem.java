package org.memwall.cli;

/** Something the user asked for that cannot be done; its message is shown as one line, never a stack trace. */
public class CliProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliProblem(String message) {
        super(message);
    }

    public CliProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
