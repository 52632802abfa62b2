package org.memwall.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command. Every subcommand of the command line is listed here; the launcher adds the
 * window's own ({@code screenshot}) through {@link MemwallCli#commandLine(CliEnvironment, Object...)},
 * so this package never depends on the window.
 */
@Command(name = "memwall-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Simulates how data moves between compute, SRAM and HBM on AI chips.",
                "Without arguments the jar opens the explorer window."},
        subcommands = {
                PresetsCommand.class,
                SimulateCommand.class,
                CompareCommand.class,
                SweepCommand.class,
                ValidateCommand.class,
                CalibrateCommand.class,
                LessonsCommand.class})
public class MemwallCommand implements Runnable {

    @Option(names = "--presets", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Extra preset folder, read after the built-in presets and ~/.memwall-explorer/presets.")
    Path presetsDir;

    @Spec
    CommandSpec spec;

    public Optional<Path> presetsDir() {
        return Optional.ofNullable(presetsDir);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
