package org.shouhu.ops.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of DESIGN.md, held by the compiled classes of all four modules. */
class ModuleRulesTest {

    private static JavaClasses shouhu;

    @BeforeAll
    static void importClasses() {
        shouhu = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shouhu");
    }

    @Test
    void all_four_modules_are_on_the_class_path() {
        for (String module : new String[]{"events", "command", "query", "ops"}) {
            org.assertj.core.api.Assertions.assertThat(shouhu.containPackage("org.shouhu." + module))
                    .as("module %s imported", module).isTrue();
        }
    }

    @Test
    void command_never_depends_on_query() {
        noClasses().that().resideInAPackage("org.shouhu.command..")
                .should().dependOnClassesThat().resideInAPackage("org.shouhu.query..")
                .check(shouhu);
    }

    @Test
    void query_never_depends_on_command() {
        noClasses().that().resideInAPackage("org.shouhu.query..")
                .should().dependOnClassesThat().resideInAPackage("org.shouhu.command..")
                .check(shouhu);
    }

    @Test
    void events_depend_on_nothing_of_ours() {
        noClasses().that().resideInAPackage("org.shouhu.events..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.shouhu.command..", "org.shouhu.query..", "org.shouhu.ops..")
                .check(shouhu);
    }

    @Test
    void events_use_no_framework_beyond_jackson_annotations() {
        classes().that().resideInAPackage("org.shouhu.events..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.shouhu.events..", "java..", "com.fasterxml.jackson.annotation..")
                .check(shouhu);
    }

    @Test
    void neither_side_depends_on_the_application_assembly() {
        noClasses().that().resideInAnyPackage("org.shouhu.command..", "org.shouhu.query..")
                .should().dependOnClassesThat().resideInAPackage("org.shouhu.ops..")
                .check(shouhu);
    }
}
