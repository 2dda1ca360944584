package cn.gov.sh.tradesecret.notifications.catalogue.web;

import cn.gov.sh.tradesecret.notifications.catalogue.AsyncApiDocument;
import cn.gov.sh.tradesecret.notifications.catalogue.EventCatalogue;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The public event catalogue: {@code GET /api/event-catalogue} is the AsyncAPI document (JSON, or
 * YAML when asked for {@code application/yaml}), the schemas lie below it. Public and without a
 * token, so it stays out of the access-controlled API documents (which link to it).
 */
@Hidden
@RestController
@RequestMapping(EventCatalogueController.PATH)
class EventCatalogueController {

  static final String PATH = "/api/event-catalogue";
  static final String YAML = "application/yaml";
  static final String JSON_SCHEMA = "application/schema+json";

  private static final YAMLMapper YAML_MAPPER = YAMLMapper.builder().build();

  private final AsyncApiDocument asyncApi;
  private final EventCatalogue catalogue;
  private final String asyncApiYaml;

  EventCatalogueController(AsyncApiDocument asyncApi, EventCatalogue catalogue) {
    this.asyncApi = asyncApi;
    this.catalogue = catalogue;
    this.asyncApiYaml = YAML_MAPPER.writeValueAsString(asyncApi.document());
  }

  @GetMapping(
      value = {"", "/asyncapi.json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  JsonNode asyncApi() {
    return asyncApi.document();
  }

  @GetMapping(
      value = {"", "/asyncapi.yaml"},
      produces = YAML)
  String asyncApiYaml() {
    return asyncApiYaml;
  }

  /** The published JSON Schema of one event type and version. */
  @GetMapping(value = "/schemas/{type}/v{version}.json", produces = JSON_SCHEMA)
  JsonNode schema(@PathVariable String type, @PathVariable int version) {
    return catalogue
        .schema(type, version)
        .orElseThrow(() -> DomainException.notFound("event schema", type + " v" + version));
  }
}
