package cn.gov.sh.tradesecret.notifications.webhook.web;

import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoint;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The webhook endpoints of the calling officer's unit (an operator sees all). */
@RestController
@RequestMapping("/api/webhook-endpoints")
class WebhookEndpointController {

  private final WebhookEndpoints endpoints;
  private final WebhookEndpointMapper mapper;

  WebhookEndpointController(WebhookEndpoints endpoints, WebhookEndpointMapper mapper) {
    this.endpoints = endpoints;
    this.mapper = mapper;
  }

  /**
   * A new endpoint: HTTPS to a public address or an allowed network, or HTTP to an allowed loopback
   * address.
   */
  record CreateWebhookEndpointRequest(
      @NotBlank @Size(max = 2000) String url, @Size(max = 500) String description) {}

  /** An endpoint as the API shows it; never its secret. */
  record WebhookEndpointResponse(
      String id,
      String unit,
      String url,
      String description,
      String status,
      String disabledReason,
      Instant disabledAt,
      Instant failingSince,
      Instant lastSuccessAt,
      Instant lastFailureAt,
      String createdBy,
      Instant createdAt) {}

  /** A secret, shown once: when the endpoint is registered and when the secret is rotated. */
  record WebhookSecretResponse(
      WebhookEndpointResponse endpoint, String secret, Instant previousSecretExpiresAt) {}

  @Mapper(config = MappingConfig.class)
  interface WebhookEndpointMapper {
    WebhookEndpointResponse toResponse(WebhookEndpoint endpoint);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  WebhookSecretResponse register(
      @Valid @RequestBody CreateWebhookEndpointRequest request, Officer officer) {
    return withSecret(endpoints.register(officer, request.url(), request.description()));
  }

  @GetMapping
  List<WebhookEndpointResponse> list(Officer officer) {
    return endpoints.list(officer).stream().map(mapper::toResponse).toList();
  }

  @GetMapping("/{id}")
  WebhookEndpointResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(endpoints.find(id, officer));
  }

  @PostMapping("/{id}/secret-rotation")
  WebhookSecretResponse rotate(@PathVariable UUID id, Officer officer) {
    return withSecret(endpoints.rotateSecret(id, officer));
  }

  @PostMapping("/{id}/enable")
  WebhookEndpointResponse enable(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(endpoints.enable(id, officer));
  }

  private WebhookSecretResponse withSecret(WebhookEndpoints.WithSecret created) {
    return new WebhookSecretResponse(
        mapper.toResponse(created.endpoint()), created.secret(), created.previousSecretExpiresAt());
  }
}
