package cn.gov.sh.tradesecret.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's APIs through the gateway, called with the officer's access token from the session
 * (renewed with the refresh token when it expires). Answers are plain maps and lists, as the API
 * wrote them: the console keeps no model of its own. A refusal becomes an {@link ApiProblem}.
 */
@Component
public class PlatformApi {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RestClient client;

  PlatformApi(
      ConsoleProperties properties,
      OAuth2AuthorizedClientManager clients,
      OAuth2AuthorizedClientRepository repository) {
    OAuth2ClientHttpRequestInterceptor officersToken =
        new OAuth2ClientHttpRequestInterceptor(clients);
    officersToken.setClientRegistrationIdResolver((request) -> SecurityConfiguration.REGISTRATION);
    // A token the APIs refuse (401) is dropped from the session: the next page logs in again.
    officersToken.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(repository));
    this.client =
        RestClient.builder()
            .baseUrl(properties.gatewayUri().toString())
            .requestFactory(new JdkClientHttpRequestFactory())
            .requestInterceptor(officersToken)
            .defaultStatusHandler(
                HttpStatusCode::isError,
                (request, response) -> {
                  throw problem(
                      response.getStatusCode().value(), response.getBody().readAllBytes());
                })
            .build();
  }

  /** A resource or a page of resources. */
  public Map<String, Object> get(String path, Object... variables) {
    return client.get().uri(path, variables).retrieve().body(OBJECT);
  }

  /** A list the API answers as a JSON array. */
  public List<Map<String, Object>> getList(String path, Object... variables) {
    return client
        .get()
        .uri(path, variables)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
  }

  /** The raw body, for downloads (CSV). */
  public byte[] getBytes(String path, MediaType accept, Object... variables) {
    return client.get().uri(path, variables).accept(accept).retrieve().body(byte[].class);
  }

  /**
   * A step (POST) with a JSON body (null for none) and the version the officer saw as {@code
   * If-Match} (null for none): a stale one is refused with 412.
   */
  public Map<String, Object> post(String path, Object body, Long version, Object... variables) {
    RestClient.RequestBodySpec request = client.post().uri(path, variables);
    if (version != null) {
      request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.retrieve().body(OBJECT);
  }

  /** Removes a resource the officer's unit owns. */
  public void delete(String path, Object... variables) {
    client.delete().uri(path, variables).retrieve().toBodilessEntity();
  }

  /** A file passed through as it was chosen (a CSV list), with its media type. */
  public Map<String, Object> postFile(
      String path, byte[] content, MediaType type, Object... variables) {
    return client
        .post()
        .uri(path, variables)
        .contentType(type)
        .body(content)
        .retrieve()
        .body(OBJECT);
  }

  static ApiProblem problem(int status, byte[] body) {
    Map<String, String> fields = new LinkedHashMap<>();
    String type = "";
    String detail = "";
    try {
      JsonNode problem = JSON.readTree(body);
      type = problem.path("type").asString("");
      type = type.substring(type.lastIndexOf(':') + 1);
      detail = problem.path("detail").asString("");
      for (JsonNode error : problem.path("errors")) {
        fields.merge(
            error.path("field").asString(""),
            error.path("message").asString(""),
            (first, second) -> first + "; " + second);
      }
    } catch (RuntimeException notAProblem) {
      // not a problem detail (a proxy's page): the status alone says what happened
    }
    return new ApiProblem(status, type, detail, fields);
  }
}
