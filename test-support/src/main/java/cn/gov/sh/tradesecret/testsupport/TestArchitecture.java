package cn.gov.sh.tradesecret.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules of the build, checked by each module's {@code ArchitectureTest} on its own compiled
 * code: the shape every service keeps, and tests that never read the machine's clock.
 */
public final class TestArchitecture {

  /** The java.time types whose {@code now()} and {@code now(ZoneId)} read the machine's clock. */
  private static final Set<String> DATE_TYPES =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.ZonedDateTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private TestArchitecture() {}

  /** The module's main classes ({@code target/classes}). */
  public static JavaClasses moduleMain() {
    return new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  /**
   * The domain speaks no HTTP: outside the web layer (the {@code web} packages and the controllers)
   * nothing uses Spring's web or HTTP types, the servlet API, or a {@code web} package of the
   * service. Refusals are domain exceptions that the one error handler maps.
   */
  public static ArchRule domainSpeaksNoHttp(String servicePackage) {
    return noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .and()
        .resideOutsideOfPackage("..web..")
        .and()
        .areNotAnnotatedWith(RestController.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.http..",
            "org.springframework.web..",
            "jakarta.servlet..",
            servicePackage + "..web..")
        .because(
            "the domain knows nothing of HTTP: controllers, ETags and problem details live in web packages");
  }

  /**
   * A service uses only its own code, the event contracts and service-support: never another
   * service's.
   */
  public static ArchRule servicesStayApart(String servicePackage) {
    return noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "another service's code",
                (JavaClass target) ->
                    target.getPackageName().startsWith("cn.gov.sh.tradesecret.")
                        && !target.getPackageName().startsWith(servicePackage)
                        && !target.getPackageName().startsWith("cn.gov.sh.tradesecret.events")
                        && !target.getPackageName().startsWith("cn.gov.sh.tradesecret.support")))
        .because("services share only the event contracts and service-support");
  }

  /**
   * The feature packages of a service ({@code <service>.<feature>..}) depend on each other without
   * a cycle.
   */
  public static ArchRule featuresFreeOfCycles(String servicePackage) {
    return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles();
  }

  /**
   * The module's compiled tests ({@code target/test-classes}), and for test-support its main
   * classes too.
   */
  public static JavaClasses moduleTests() {
    List<Path> compiled = List.of(Path.of("target", "test-classes"), Path.of("target", "classes"));
    Path module = Path.of("").toAbsolutePath();
    boolean testInfrastructure = module.getFileName().toString().equals("test-support");
    // archfixture: test-support's deliberate violations, which TestArchitectureTest checks on their
    // own
    return new ClassFileImporter()
        .withImportOption(location -> !location.contains("/archfixture/"))
        .importPaths(
            compiled.stream()
                .filter(
                    path ->
                        Files.isDirectory(path)
                            && (testInfrastructure || path.endsWith("test-classes")))
                .toList());
  }

  /**
   * No test reads the machine's date: not {@code now()} of a java.time type without a clock, not
   * {@code Clock.system*()}, {@code System.currentTimeMillis()} or {@code new Date()}. Tests run on
   * the {@link TestClock}; code marked {@link RealTime} (token lifetimes, benchmarks) is exempt.
   */
  public static ArchRule testsSetTheirOwnClock() {
    return classes()
        .should(
            new ArchCondition<JavaClass>(
                "not read the machine's clock outside code marked @RealTime") {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                if (realTime(type)) {
                  return;
                }
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                  Optional<String> read = clockRead(access);
                  if (read.isPresent() && !access.getOrigin().isAnnotatedWith(RealTime.class)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            access,
                            access.getOrigin().getFullName()
                                + " reads the machine's clock ("
                                + read.get()
                                + ") at "
                                + access.getSourceCodeLocation()
                                + ": use the TestClock, or mark why with @RealTime"));
                  }
                }
              }
            })
        .allowEmptyShould(true);
  }

  private static boolean realTime(JavaClass type) {
    for (Optional<JavaClass> c = Optional.of(type);
        c.isPresent();
        c = c.get().getEnclosingClass()) {
      if (c.get().isAnnotatedWith(RealTime.class)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> clockRead(JavaAccess<?> access) {
    String owner = access.getTargetOwner().getName();
    String name = access.getName();
    List<String> parameters =
        access.getTarget() instanceof CodeUnitAccessTarget target
            ? target.getRawParameterTypes().stream().map(JavaClass::getName).toList()
            : List.of();
    boolean read =
        (DATE_TYPES.contains(owner)
                && name.equals("now")
                && !parameters.contains(Clock.class.getName()))
            || (owner.equals(Clock.class.getName()) && name.startsWith("system"))
            || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
            || (owner.equals("java.util.Date") && name.equals("<init>") && parameters.isEmpty());
    return read
        ? Optional.of(
            owner.substring(owner.lastIndexOf('.') + 1)
                + "."
                + name
                + "("
                + String.join(", ", parameters)
                + ")")
        : Optional.empty();
  }
}
