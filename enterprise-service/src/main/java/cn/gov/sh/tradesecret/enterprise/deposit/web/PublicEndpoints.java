package cn.gov.sh.tradesecret.enterprise.deposit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The two endpoints anyone may call without a token: the verification of a fingerprint and the
 * authority's certificate. Ordered before service-support's chain, which requires a token for
 * everything else.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpoints {

  static final String VERIFICATION = "/api/deposits/verification";
  static final String CERTIFICATE = "/api/timestamping/certificate";

  @Bean
  @Order(0)
  SecurityFilterChain openToAnyone(HttpSecurity http) throws Exception {
    return http.securityMatcher(VERIFICATION, CERTIFICATE)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
