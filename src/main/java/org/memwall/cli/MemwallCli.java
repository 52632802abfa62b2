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
        hardenAgainstHostileInput(cl);
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
        return outputWritten(code, out, err);
    }

    /**
     * Settings for every subcommand, also ones added later: an argument starting with {@code @} is
     * an argument like any other (picocli would read it as a file of arguments, so {@code @/dev/zero}
     * never returned), every number option refuses NaN and infinities, a file name with a NUL
     * character is refused in words, and {@code -V} says the
     * version everywhere.
     */
    private static void hardenAgainstHostileInput(CommandLine cl) {
        cl.setExpandAtFiles(false);
        // picocli's own warnings (unbalanced quotes in a split value, ...) go straight to System.err
        // beside our one-line answer; the answer already says what is wrong
        CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        cl.registerConverter(Double.class, new InputRules.FiniteNumber());
        cl.registerConverter(Double.TYPE, new InputRules.FiniteNumber());
        cl.registerConverter(java.nio.file.Path.class, new InputRules.FileName());
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
    }

    /**
     * A full disk or a closed output loses what the command printed: say so instead of exit 0.
     * {@link PrintWriter} keeps write errors to itself; {@link PrintWriter#checkError()} reports them.
     */
    private static int outputWritten(int code, PrintWriter out, PrintWriter err) {
        if (out.checkError() && code == 0) {
            err.println("memwall-explorer: could not write the output (is the disk full, or the output closed?)");
            code = EXIT_FAULT;
        }
        err.flush();
        return code;
    }

    /**
     * Standard output or error for the command line. Under a locale whose encoding is plain ASCII
     * ({@code LANG=C}) Java would print every non-ASCII letter of an id or a name as '?': then UTF-8.
     */
    public static PrintWriter standard(java.io.FileDescriptor fd) {
        return new StandardOutput(new java.io.FileOutputStream(fd), outputCharset(System.getProperty("native.encoding", "UTF-8")));
    }

    /** The system's encoding unless it is plain ASCII (or unknown): then UTF-8. */
    static java.nio.charset.Charset outputCharset(String nativeEncoding) {
        try {
            java.nio.charset.Charset charset = java.nio.charset.Charset.forName(nativeEncoding);
            return charset.newEncoder().canEncode("\u00e9") ? charset : java.nio.charset.StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
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

    /** Longest message printed; a 10 MB value quoted back is no help. */
    static final int MESSAGE_LIMIT = 1000;

    static String oneLine(String text) {
        String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() > MESSAGE_LIMIT ? line.substring(0, MESSAGE_LIMIT) + "..." : line;
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
