package cn.gov.sh.tradesecret.audit.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Signs the ledger's head every {@code platform.ledger.signing.interval} (unless zero) when it has
 * moved since its last signature: a rewrite is then detectable up to at most one interval before
 * it. Every instance runs it; two signing the same head keep one token.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(LedgerSigningProperties.class)
class SigningSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(SigningSchedule.class);

  private final LedgerSigningProperties properties;
  private final LedgerSignatures signatures;

  SigningSchedule(LedgerSigningProperties properties, LedgerSignatures signatures) {
    this.properties = properties;
    this.signatures = signatures;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (properties.scheduled()) {
      registrar.addFixedDelayTask(
          new FixedDelayTask(this::signHead, properties.interval(), properties.interval()));
    }
  }

  void signHead() {
    try {
      if (!signatures.headUnsigned()) {
        return;
      }
      LedgerSignatures.Signing signing = signatures.signHead("schedule");
      log.info(
          "Ledger head {} signed by the timestamping authority at {}",
          signing.head().seq(),
          signing.head().signedAt());
    } catch (TimestampingUnavailableException e) {
      log.warn("Ledger head not signed, tried again in one interval: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.error("Ledger head not signed: {}", e.getMessage());
    }
  }
}
