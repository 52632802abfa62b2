package org.memwall.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the environment it was built with, the root's options, its writers. */
abstract class WorkbenchCommand {
    protected final CliEnvironment environment;

    @ParentCommand
    MemwallCommand root;

    @Spec
    CommandSpec spec;

    protected WorkbenchCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    protected Workbench workbench() {
        return Workbench.open(environment, root.presetsDir());
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
