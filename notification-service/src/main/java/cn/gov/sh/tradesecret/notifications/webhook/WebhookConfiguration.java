package cn.gov.sh.tradesecret.notifications.webhook;

import java.net.InetAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WebhookProperties.class, WebhookSecretProperties.class})
class WebhookConfiguration {

  @Bean
  HostResolver hostResolver() {
    return InetAddress::getAllByName;
  }

  @Bean
  SecretCipher webhookSecretCipher(WebhookSecretProperties properties) {
    return SecretKeys.cipher(properties);
  }
}
