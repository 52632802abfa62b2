package org.memwall.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * Builds the picocli command line. Problems reach the user as one line on stderr and a non-zero
 * exit code, never as a stack trace: 2 for something the user can fix, 1 for a fault of ours.
 */
public final class MemwallCli {
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_FAULT = 1;

    private MemwallCli() {
    }

    /**
     * @param moreSubcommands picocli commands added beside the command line's own, before "help"
     *                        (the launcher adds the window's {@code screenshot}); added before the
     *                        handlers are set, so their problems get the same one-line answer
     */
    public static CommandLine commandLine(CliEnvironment environment, Object... moreSubcommands) {
        CommandLine cl = new CommandLine(MemwallCommand.class, new Factory(environment));
        for (Object command : moreSubcommands) {
            cl.addSubcommand(command);
        }
        cl.addSubcommand(new HelpCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(parameterProblem());
        cl.setExecutionExceptionHandler(executionProblem());
        return cl;
    }

    /** Runs one command line with the given writers and returns its exit code. */
    public static int execute(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        return execute(environment, List.of(), out, err, args);
    }

    /** {@link #execute(CliEnvironment, PrintWriter, PrintWriter, String...)} with more subcommands. */
    public static int execute(CliEnvironment environment, List<Object> moreSubcommands, PrintWriter out, PrintWriter err,
                              String... args) {
        CommandLine cl = commandLine(environment, moreSubcommands.toArray());
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static IParameterExceptionHandler parameterProblem() {
        return (ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            cmd.getErr().println(oneLine(name + ": " + ex.getMessage() + " (see '" + name + " --help')"));
            cmd.getErr().flush();
            return EXIT_USAGE;
        };
    }

    private static IExecutionExceptionHandler executionProblem() {
        return (ex, cmd, parseResult) -> {
            String name = cmd.getCommandSpec().qualifiedName();
            boolean usersToFix = ex instanceof CliProblem || rejectedByCore(ex);
            String message = usersToFix ? ex.getMessage()
                    : "internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            cmd.getErr().println(oneLine(name + ": " + message));
            cmd.getErr().flush();
            return usersToFix ? EXIT_USAGE : EXIT_FAULT;
        };
    }

    /**
     * The core's value types reject impossible inputs with IllegalArgumentException; those are the
     * user's to fix. The same exception thrown anywhere else is our fault.
     */
    private static boolean rejectedByCore(Exception ex) {
        if (!(ex instanceof IllegalArgumentException) || ex.getStackTrace().length == 0) {
            return false;
        }
        return ex.getClass() == IllegalArgumentException.class
                && ex.getStackTrace()[0].getClassName().startsWith("org.memwall.core.");
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Gives subcommands the environment through their constructor. */
    private record Factory(CliEnvironment environment) implements IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(CliEnvironment.class);
                return c.newInstance(environment);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
