package cn.gov.sh.tradesecret.gateway.audit;

import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit spool on local disk, and the schedule that offers its records to Kafka again. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

  @Bean
  AuditSpool auditSpool(AuditProperties properties) throws IOException {
    return new AuditSpool(properties.spoolDirectory());
  }

  /**
   * Replaces Boot's logging listener, which logs every failed send as an error with the record cut
   * to 100 characters: {@link AuditPublisher} says what became of each record.
   */
  @Bean
  ProducerListener<Object, Object> kafkaProducerListener() {
    return new ProducerListener<>() {};
  }
}
