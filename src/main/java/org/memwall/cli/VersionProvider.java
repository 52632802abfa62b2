package org.memwall.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; a build run from the sources says so. */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Memory Wall Explorer " + (v == null ? "(development build)" : v)};
    }
}
