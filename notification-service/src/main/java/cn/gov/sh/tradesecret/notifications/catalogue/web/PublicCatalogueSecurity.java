package cn.gov.sh.tradesecret.notifications.catalogue.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The catalogue is public: agencies read it before they have an account. Its own filter chain,
 * ahead of the service's token-checking one, lets anyone read it and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class PublicCatalogueSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain publicCatalogue(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            EventCatalogueController.PATH, EventCatalogueController.PATH + "/**")
        .authorizeHttpRequests(
            requests -> requests.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
