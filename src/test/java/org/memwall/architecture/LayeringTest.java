package org.memwall.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.memwall", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreKnowsNoToolkit = noClasses().that().resideInAPackage("org.memwall.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "eu.hansolo..", "com.fasterxml.jackson..", "picocli..")
            .because("the core runs without a screen and on every slider tick: the command line, tests "
                    + "and benchmarks drive it too, and presets are parsed outside it");
}
