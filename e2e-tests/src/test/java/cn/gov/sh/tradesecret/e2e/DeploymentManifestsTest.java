package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests under {@code deploy/k8s} run the images of docker-compose.yml as compose
 * does: the same image, port and variables, probes on the health groups, a disruption budget.
 */
class DeploymentManifestsTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static Stream<String> applications() {
    return Stream.of(
        "identity-service",
        "case-service",
        "referral-service",
        "pilot-service",
        "notification-service",
        "audit-service",
        "enterprise-service",
        "gateway");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  static List<Map<String, Object>> load(Path file) throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      new Yaml().loadAll(reader).forEach(document -> documents.add(map(document)));
    }
    return documents;
  }

  static Map<String, Object> composeService(String name) throws IOException {
    return map(map(load(ROOT.resolve("docker-compose.yml")).get(0).get("services")).get(name));
  }

  @ParameterizedTest
  @MethodSource("applications")
  void eachApplicationRunsOnKubernetesAsInCompose(String name) throws IOException {
    Map<String, Object> compose = composeService(name);
    Map<String, Object> composeEnvironment = map(compose.get("environment"));
    List<Map<String, Object>> manifests = load(ROOT.resolve("deploy/k8s/" + name + ".yaml"));
    Map<String, Object> workload =
        manifests.stream()
            .filter(m -> Set.of("Deployment", "StatefulSet").contains(m.get("kind")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> container =
        map(
            list(map(map(map(workload.get("spec")).get("template")).get("spec")).get("containers"))
                .get(0));

    assertThat(compose.get("image"))
        .isEqualTo("${REGISTRY_PREFIX:-tradesecret}/" + name + ":${TAG:-local}");
    assertThat(container.get("image"))
        .as("compose's image with its defaults")
        .isEqualTo("tradesecret/" + name + ":local");
    int port = Integer.parseInt(String.valueOf(composeEnvironment.get("PORT")));
    assertThat(map(list(container.get("ports")).get(0)).get("containerPort")).isEqualTo(port);
    Set<String> variables = new TreeSet<>();
    list(container.get("env"))
        .forEach(variable -> variables.add((String) map(variable).get("name")));
    assertThat(variables).as("the variables of compose").containsAll(composeEnvironment.keySet());
    assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
        .isEqualTo("/actuator/health/readiness");
    assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path"))
        .isEqualTo("/actuator/health/liveness");
    assertThat(map(container.get("resources"))).containsKeys("requests", "limits");
    assertThat(manifests).extracting(m -> m.get("kind")).contains("Service", "PodDisruptionBudget");
    assertThat((int) map(workload.get("spec")).get("replicas"))
        .as("every application runs as several")
        .isGreaterThanOrEqualTo(2);
  }
}
