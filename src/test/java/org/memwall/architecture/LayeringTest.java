package org.memwall.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.memwall.core.sim.Operator;
import org.memwall.core.sim.Phase;

@AnalyzeClasses(packages = "org.memwall", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreKnowsNoToolkit = noClasses().that().resideInAPackage("org.memwall.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "eu.hansolo..", "com.fasterxml.jackson..", "picocli..")
            .because("the core runs without a screen and on every slider tick: the command line, tests "
                    + "and benchmarks drive it too, and presets are parsed outside it");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.memwall.(**)").should().beFreeOfCycles()
            // The one cycle there was when this rule came: trace events name the simulation's operator
            // and phase, which live in core.sim. Only those two types are let through, so any other
            // cycle, in the core or anywhere else, still fails.
            .ignoreDependency(resideInAPackage("org.memwall.core.trace"), type(Operator.class).or(type(Phase.class)))
            .because("a package that depends on one that depends back on it can no longer be understood, "
                    + "tested or replaced on its own: the launcher adds the window's subcommands to the "
                    + "command line, so the command line never knows the window");

    @ArchTest
    static final ArchRule commandLineKnowsNoWindow = noClasses().that().resideInAPackage("org.memwall.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.memwall.app..", "org.memwall.ui..", "javafx..")
            .because("the command line runs on machines without a display and without JavaFX started");
}
