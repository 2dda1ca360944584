package cn.gov.sh.tradesecret.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's page ({@code docs/services/<service>.md}), generated from its compiled code: the
 * commands and queries of its controllers, the events it publishes (the event payloads it builds)
 * and those it consumes (the topics of its Kafka listeners and the event types they read). Each
 * service's {@code ServicePageTest} fails when the committed page is stale; run it with {@code
 * -Dplatform.docs.write=true} to write the page anew.
 */
public final class ServicePage {

  public static final String WRITE_PROPERTY = "platform.docs.write";

  private ServicePage() {}

  /** What every event payload of the platform implements. */
  static final String EVENT_PAYLOAD = "cn.gov.sh.tradesecret.events.EventPayload";

  /**
   * Checks (or, with {@value #WRITE_PROPERTY}, writes) the page of {@code service} for its main
   * classes.
   *
   * @param topic the topic the service publishes on (each producer has one), or null for none
   */
  public static void check(String service, String purpose, String topic, JavaClasses main) {
    Path page = Path.of("..", "docs", "services", service + ".md");
    String rendered = render(service, purpose, topic, main);
    try {
      if (Boolean.getBoolean(WRITE_PROPERTY)) {
        Files.createDirectories(page.getParent());
        Files.writeString(page, rendered, StandardCharsets.UTF_8);
      }
      String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
      assertThat(committed)
          .as(
              "docs/services/"
                  + service
                  + ".md is stale: run this test with -D"
                  + WRITE_PROPERTY
                  + "=true and commit the page")
          .isEqualTo(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(String service, String purpose, String topic, JavaClasses main) {
    List<Endpoint> endpoints = endpoints(main);
    StringBuilder page =
        new StringBuilder("# ")
            .append(service)
            .append("\n\n")
            .append(purpose)
            .append("\n\n")
            .append("Generated from the code by its `ServicePageTest`; do not edit by hand.\n");
    section(
        page,
        "Commands (HTTP)",
        endpoints.stream().filter(e -> !e.method().equals("GET")).map(Endpoint::line).toList());
    section(
        page,
        "Queries (HTTP)",
        endpoints.stream().filter(e -> e.method().equals("GET")).map(Endpoint::line).toList());
    section(
        page,
        "Events published" + (topic == null ? "" : " on `" + topic + "`"),
        published(main).stream().map(type -> "`" + type + "`").toList());
    section(page, "Events consumed", consumed(main));
    return page.toString();
  }

  private static void section(StringBuilder page, String title, List<String> lines) {
    page.append("\n## ").append(title).append("\n\n");
    if (lines.isEmpty()) {
      page.append("None.\n");
    }
    lines.forEach(line -> page.append("- ").append(line).append('\n'));
  }

  record Endpoint(String method, String path, String handler) {
    String line() {
      return "`" + method + " " + path + "` (" + handler + ")";
    }
  }

  private static List<Endpoint> endpoints(JavaClasses main) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (JavaClass type : main) {
      if (!type.isAnnotatedWith(RestController.class)) {
        continue;
      }
      Class<?> controller = type.reflect();
      RequestMapping root =
          AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
      List<String> prefixes =
          root == null || root.path().length == 0 ? List.of("") : List.of(root.path());
      for (Method method : controller.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        List<String> paths = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
        for (var verb : mapping.method()) {
          for (String prefix : prefixes) {
            for (String path : paths) {
              endpoints.add(
                  new Endpoint(
                      verb.name(),
                      prefix + path,
                      controller.getSimpleName() + "." + method.getName()));
            }
          }
        }
      }
    }
    // the handler last: two handlers of one path and verb (content types) came in reflection's
    // order, which differs between JVMs
    endpoints.sort(
        Comparator.comparing(Endpoint::path)
            .thenComparing(Endpoint::method)
            .thenComparing(Endpoint::handler));
    return endpoints;
  }

  /** The event payloads the service builds: those it publishes. */
  private static Set<String> published(JavaClasses main) {
    Set<String> types = new TreeSet<>();
    main.forEach(
        type ->
            type.getConstructorCallsFromSelf()
                .forEach(
                    call -> {
                      if (isEvent(call.getTargetOwner())) {
                        types.add(call.getTargetOwner().getSimpleName());
                      }
                    }));
    return types;
  }

  private static boolean isEvent(JavaClass type) {
    return type.isAssignableTo(EVENT_PAYLOAD)
        && !type.isInterface()
        && type.getPackageName().startsWith("cn.gov.sh.tradesecret.events");
  }

  /** Topics of the Kafka listeners, and the catalogued event types the listeners' classes read. */
  private static List<String> consumed(JavaClasses main) {
    List<String> lines = new ArrayList<>();
    for (JavaClass type : main) {
      Class<?> listener = type.reflect();
      Set<String> topics =
          Arrays.stream(listener.getDeclaredMethods())
              .map(
                  method -> AnnotatedElementUtils.findMergedAnnotation(method, KafkaListener.class))
              .filter(annotation -> annotation != null)
              .flatMap(annotation -> Arrays.stream(annotation.topics()))
              .collect(Collectors.toCollection(TreeSet::new));
      if (topics.isEmpty()) {
        continue;
      }
      Set<String> read =
          type.getDirectDependenciesFromSelf().stream()
              .map(dependency -> dependency.getTargetClass())
              .filter(ServicePage::isEvent)
              .map(JavaClass::getSimpleName)
              .collect(Collectors.toCollection(TreeSet::new));
      lines.add(
          "`"
              + String.join("`, `", topics)
              + "` by "
              + listener.getSimpleName()
              + (read.isEmpty()
                  ? " (every event type)"
                  : ": "
                      + read.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "))));
    }
    lines.sort(null);
    return lines;
  }
}
