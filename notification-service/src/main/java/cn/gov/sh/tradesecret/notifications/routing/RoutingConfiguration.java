package cn.gov.sh.tradesecret.notifications.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

  /**
   * Offsets are committed without waiting for the broker, so a consumer polls again at once.
   * Routing is once per event (the event history): a commit lost in a crash only brings events back
   * that are then skipped. The consumers are static members of their group ({@link
   * RoutingProperties#instanceId()}).
   */
  @Bean
  ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>
      routingConsumers(RoutingProperties properties) {
    String instanceId = instanceId(properties);
    log.info("Routing consumers join their group as static member {}", instanceId);
    return container -> {
      container.getContainerProperties().setSyncCommits(false);
      // Static membership (KIP-345): a replica killed and started again rejoins under the same
      // name and gets its partitions back at once, without a rebalance; a dynamic member's
      // partitions wait for the session timeout (45 s) after a crash. With several consumers
      // spring-kafka appends "-0", "-1"... to the name.
      container
          .getContainerProperties()
          .getKafkaConsumerProperties()
          .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
    };
  }

  private static String instanceId(RoutingProperties properties) {
    if (properties.instanceId() != null && !properties.instanceId().isBlank()) {
      return properties.instanceId().strip();
    }
    try {
      return "notification-service-" + InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(
          "the host has no name: set platform.notifications.routing.instance-id", e);
    }
  }
}
