package cn.gov.sh.tradesecret.notifications.delivery.web;

import cn.gov.sh.tradesecret.notifications.delivery.Delivery;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryLog;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery log ({@code /api/deliveries}), dead letters ({@code /api/dead-letters}) and endpoint
 * health, for the endpoint's owner unit and operators.
 */
@RestController
class DeliveryController {

  private final DeliveryLog log;
  private final JsonMapper json;

  DeliveryController(DeliveryLog log, JsonMapper json) {
    this.log = log;
    this.json = json;
  }

  /** A message with the event it carries and every attempt. */
  record DeliveryDetailResponse(
      Delivery delivery, JsonNode event, List<Delivery.Attempt> attempts) {}

  @GetMapping("/api/deliveries")
  PageResponse<Delivery> list(
      Officer officer,
      @RequestParam(required = false) UUID endpointId,
      @RequestParam(required = false) @Pattern(regexp = "PENDING|DELIVERED|DEAD") String status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        log.list(officer, endpointId, status, PageRequest.of(page, size)), d -> d);
  }

  @GetMapping("/api/deliveries/{id}")
  DeliveryDetailResponse get(@PathVariable UUID id, Officer officer) {
    return detail(log.find(id, officer));
  }

  @GetMapping("/api/dead-letters")
  PageResponse<Delivery> deadLetters(
      Officer officer,
      @RequestParam(required = false) UUID endpointId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        log.list(officer, endpointId, "DEAD", PageRequest.of(page, size)), d -> d);
  }

  @GetMapping("/api/dead-letters/{id}")
  DeliveryDetailResponse deadLetter(@PathVariable UUID id, Officer officer) {
    return detail(log.find(id, officer));
  }

  @PostMapping("/api/dead-letters/{id}/replay")
  Delivery replay(@PathVariable UUID id, Officer officer) {
    return log.replayDeadLetter(id, officer);
  }

  @GetMapping("/api/webhook-endpoints/{id}/health")
  DeliveryLog.Health health(@PathVariable UUID id, Officer officer) {
    return log.health(id, officer);
  }

  private DeliveryDetailResponse detail(DeliveryLog.Detail detail) {
    return new DeliveryDetailResponse(
        detail.delivery(), json.readTree(detail.event()), detail.attempts());
  }
}
