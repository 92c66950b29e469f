package vn.lienthong;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The gateway's modules are the packages under vn.lienthong: each uses another only through its top-level types
 * or its named interfaces, never its internal packages, and no two depend on each other in a cycle. The simulators
 * and the operators' CLI are other programs, outside the gateway's modules: neither is linked with the gateway's
 * code (the CLI speaks HTTP to it).
 */
class ModularityTests {

    static final String SIMULATORS = "vn.lienthong.simulator..";
    static final String CLI = "vn.lienthong.cli..";

    // by package: LienThongApplication spells out @SpringBootApplication (to leave the simulators out of its scan)
    static final ApplicationModules MODULES = ApplicationModules.of(LienThongApplication.class.getPackageName(),
            resideInAnyPackage(SIMULATORS, CLI));

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.lienthong");

    @Test
    void modulesUseEachOtherOnlyThroughTheirApisAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theGatewayIsNotLinkedWithTheSimulatorsOrTheCli() {
        noClasses().that(not(resideInAnyPackage(SIMULATORS, CLI)))
                .should().dependOnClassesThat(resideInAnyPackage(SIMULATORS, CLI)).check(MAIN);
    }

    @Test
    void theCliTalksToTheGatewayOnlyOverHttp() {
        noClasses().that(resideInAPackage(CLI)).should().dependOnClassesThat(
                resideInAPackage("vn.lienthong..").and(not(resideInAPackage(CLI)))).check(MAIN);
    }

    /**
     * A module's API speaks its own types: no public method of a top-level type takes or returns (even inside a
     * list or an optional) a type of the module's internal packages, which other modules may not use.
     */
    @Test
    void apisExposeNoTypeOfTheirModulesInternals() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("vn.lienthong.*")
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(SIMULATORS, CLI)
                .should(exposeNoInternalTypeOfTheirModule()).check(MAIN);
    }

    private static ArchCondition<JavaMethod> exposeNoInternalTypeOfTheirModule() {
        return new ArchCondition<>("expose no internal type of their module") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC) || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    return;
                }
                String internals = method.getOwner().getPackageName() + ".";
                List<JavaClass> involved = new ArrayList<>(method.getReturnType().getAllInvolvedRawTypes());
                for (JavaParameter parameter : method.getParameters()) {
                    involved.addAll(parameter.getType().getAllInvolvedRawTypes());
                }
                involved.stream().filter(type -> type.getPackageName().startsWith(internals)).distinct().forEach(type ->
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + type.getName())));
            }
        };
    }

    static final Path DIAGRAMS = Path.of("docs/architecture/modules");

    /**
     * Rewrites docs/architecture/modules: the diagram of all modules, one per module, and each module's canvas.
     * The Documenter lists components and relations in no fixed order; they are sorted so that an unchanged
     * architecture leaves the committed files unchanged.
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        // each canvas lists the module's internal components too, not only its API
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults().revealInternals());
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(puml, sortedDeclarations(Files.readAllLines(puml)));
            }
        }
    }

    /** Each run of consecutive Component(...) or Rel(...) lines, sorted. */
    private static List<String> sortedDeclarations(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        int start = 0;
        while (start < out.size()) {
            String kind = declaration(out.get(start));
            int end = start + 1;
            while (kind != null && end < out.size() && kind.equals(declaration(out.get(end)))) {
                end++;
            }
            Collections.sort(out.subList(start, end));
            start = end;
        }
        return out;
    }

    private static String declaration(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("Component(") ? "Component" : trimmed.startsWith("Rel(") ? "Rel" : null;
    }
}
