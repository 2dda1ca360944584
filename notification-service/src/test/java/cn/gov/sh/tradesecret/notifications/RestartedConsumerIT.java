package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Deliveries resume within seconds of a notification-service killed and started again (issue 21,
 * finding 4): its routing consumer, with the service's own consumer configuration, is run in a
 * process of its own, killed with SIGKILL (no LeaveGroup), and started again; the new process gets
 * the partitions at once because it is the same static member, where a dynamic member would wait
 * for the group's session timeout (45 s).
 */
class RestartedConsumerIT extends NotificationIntegrationTest {

  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired ConsumerFactory<?, ?> consumers;

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stopProcesses() throws InterruptedException {
    for (Process process : processes) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The routing consumer's configuration, as the service's container builds it. */
  Map<String, String> routingConsumerConfiguration() {
    MessageListenerContainer routing = listeners.getListenerContainers().iterator().next();
    Map<String, String> config = new HashMap<>();
    consumers.getConfigurationProperties().forEach((key, value) -> config.put(key, text(value)));
    routing
        .getContainerProperties()
        .getKafkaConsumerProperties()
        .forEach((key, value) -> config.put((String) key, text(value)));
    return config;
  }

  static String text(Object value) {
    return value instanceof Class<?> type
        ? type.getName()
        : value instanceof List<?> list
            ? String.join(",", list.stream().map(String::valueOf).toList())
            : String.valueOf(value);
  }

  /** A consumer process and what it printed. */
  @RealTime("waits for a process's output, with a deadline")
  record Consumer(Process process, BlockingQueue<String> lines) {
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      List<String> other = new ArrayList<>();
      for (String line;
          (line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
        if (line.startsWith(prefix)) {
          return line;
        }
        other.add(line);
      }
      throw new AssertionError(
          "no '"
              + prefix
              + "' within "
              + timeout
              + "; the process printed last "
              + other.subList(Math.max(0, other.size() - 20), other.size()));
    }
  }

  Consumer start(String topic, Map<String, String> config) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-Xmx64m");
    // the client's warnings only (the test classpath has two SLF4J providers)
    command.add("-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RoutingConsumerProcess.class.getName());
    command.add(topic);
    config.forEach((key, value) -> command.add(key + "=" + value));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    processes.add(process);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader output =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                output.lines().forEach(lines::add);
              } catch (IOException ended) {
                // the process is gone
              }
            });
    reader.setDaemon(true);
    reader.start();
    return new Consumer(process, lines);
  }

  @Test
  void theRoutingConsumerIsAStaticMemberOfItsGroup() {
    assertThat(routingConsumerConfiguration().get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG))
        .as("group.instance.id, from platform.notifications.routing.instance-id")
        .startsWith("it-");
  }

  @Test
  @RealTime("measures how long the broker takes to give a restarted consumer its partitions")
  void aKilledRoutingConsumerStartedAgainGetsItsPartitionsBackWithinSeconds() throws Exception {
    String topic = "restart-" + UUID.randomUUID();
    TopicProbe.send(bootstrapServers(), topic, "k", "created");
    Map<String, String> config = routingConsumerConfiguration();
    // a group of its own, not to take partitions from this context's consumer, on a topic of its
    // own: as the admin, whose ACLs cover both
    KafkaClients.admin(bootstrapServers()).forEach((key, value) -> config.put(key, text(value)));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Consumer first = start(topic, config);
    first.awaitLine("assigned", Duration.ofSeconds(60));
    TopicProbe.send(bootstrapServers(), topic, "k", "before");
    first.awaitLine("received before", Duration.ofSeconds(30));

    first.process().destroyForcibly(); // SIGKILL: the member does not leave the group
    assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
    long restarted = System.nanoTime();
    Consumer second = start(topic, config);
    TopicProbe.send(bootstrapServers(), topic, "k", "after");
    second.awaitLine("received after", Duration.ofSeconds(60));
    Duration resumed = Duration.ofNanos(System.nanoTime() - restarted);

    System.out.println("Routing consumer killed and started again: records flow after " + resumed);
    assertThat(resumed)
        .as("with a new JVM's start; a dynamic member would wait for the 45 s session timeout")
        .isLessThan(Duration.ofSeconds(10));
  }
}
