package cn.gov.sh.tradesecret.agency.subscriber;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The platform's published JSON Schemas, fetched from its public event catalogue once per event
 * type and version and kept: {@code <catalogue>/schemas/<type>/v<version>.json}. Each describes a
 * whole event (the CloudEvents envelope with its data).
 */
final class CatalogueSchemas {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{1,80}");

  private final URI catalogue;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  CatalogueSchemas(URI catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * What is wrong with {@code event} by its published schema: empty when it is valid; one message
   * when its type or version is not in the catalogue.
   */
  List<String> problems(JsonNode event) {
    String type = event.path("type").asString("");
    int version = event.path("schemaversion").asInt(0);
    Optional<Schema> schema = schema(type, version);
    if (schema.isEmpty()) {
      return List.of("no published schema for type '" + type + "' version " + version);
    }
    return schema.get().validate(event).stream().map(Error::toString).toList();
  }

  private Optional<Schema> schema(String type, int version) {
    if (!TYPE.matcher(type).matches() || version < 1) {
      return Optional.empty();
    }
    String key = type + "/v" + version + ".json";
    Schema known = schemas.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Schema> fetched = fetch(key);
    fetched.ifPresent(schema -> schemas.put(key, schema));
    return fetched;
  }

  private Optional<Schema> fetch(String key) {
    URI uri = URI.create(catalogue.toString().replaceAll("/$", "") + "/schemas/" + key);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() != 200) {
        throw new IOException("the catalogue answered " + response.statusCode() + " for " + uri);
      }
      return Optional.of(registry.getSchema(response.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted fetching " + uri, e);
    } catch (IOException e) {
      // Not the sender's fault: the receiver answers 503 and the platform retries later.
      throw new CatalogueUnavailableException(uri, e);
    }
  }

  /** The catalogue could not be read: the message is fine, try again later. */
  static final class CatalogueUnavailableException extends RuntimeException {
    CatalogueUnavailableException(URI uri, IOException cause) {
      super("event catalogue unavailable: " + uri, cause);
    }
  }
}
