package cn.gov.sh.tradesecret.notifications.catalogue.web;

import io.swagger.v3.oas.models.ExternalDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's API document points agencies to the event catalogue. */
@Configuration(proxyBeanMethods = false)
class CatalogueLink {

  @Bean
  OpenApiCustomizer eventCatalogueLink() {
    return api ->
        api.externalDocs(
            new ExternalDocumentation()
                .description(
                    "Event catalogue: every event agencies receive (webhooks, Kafka), AsyncAPI 3.0"
                        + " and the JSON Schema of each version")
                .url(EventCatalogueController.PATH));
  }
}
