package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics case-service consumes, declared so its listeners find them even when it starts before
 * their producers (creating an existing topic changes nothing).
 */
@Configuration(proxyBeanMethods = false)
class ConsumedTopics {

  @Bean
  NewTopic referralEvents() {
    return TopicBuilder.name(Topics.REFERRAL_EVENTS).partitions(6).build();
  }

  @Bean
  NewTopic pilotEvents() {
    return TopicBuilder.name(Topics.PILOT_EVENTS).partitions(6).build();
  }
}
