package cn.gov.sh.tradesecret.notifications.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

  /**
   * Offsets are committed without waiting for the broker, so a consumer polls again at once.
   * Routing is once per event (the event history): a commit lost in a crash only brings events back
   * that are then skipped.
   */
  @Bean
  ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>
      asynchronousOffsetCommits() {
    return container -> container.getContainerProperties().setSyncCommits(false);
  }
}
