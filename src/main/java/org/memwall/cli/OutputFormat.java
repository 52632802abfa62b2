package org.memwall.cli;

/** How a subcommand prints: an aligned table for people, JSON or CSV for programs. */
public enum OutputFormat {
    TABLE, JSON, CSV
}
