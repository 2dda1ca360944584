package cn.gov.sh.tradesecret.notifications.subscription.web;

import cn.gov.sh.tradesecret.notifications.subscription.Channel;
import cn.gov.sh.tradesecret.notifications.subscription.Subscription;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The subscriptions of the calling officer's unit. */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

  private final Subscriptions subscriptions;
  private final SubscriptionMapper mapper;

  SubscriptionController(Subscriptions subscriptions, SubscriptionMapper mapper) {
    this.subscriptions = subscriptions;
    this.mapper = mapper;
  }

  /**
   * A new subscription: an event type ({@code ReferralAccepted}) or a family ({@code
   * referral-events}), a channel, the endpoint of a WEBHOOK subscription, and an optional filter.
   */
  record CreateSubscriptionRequest(
      @NotBlank @Size(max = 100) String eventSelector,
      @NotNull Channel channel,
      UUID endpointId,
      @Valid Filter filter) {}

  /**
   * Narrows a subscription to a district and/or one case, referral or pilot; when given, not empty.
   */
  record Filter(
      @Pattern(regexp = "[0-9A-Z]{6}", message = "must be a six-character district code")
          String district,
      @Size(min = 1, max = 100) @Pattern(regexp = "\\S.*", message = "must not be blank")
          String subject) {}

  /** A subscription as the API shows it. */
  record SubscriptionResponse(
      String id,
      String unit,
      String eventSelector,
      String district,
      String subject,
      String channel,
      String endpointId,
      boolean mandatory,
      String createdBy,
      Instant createdAt) {}

  @Mapper(config = MappingConfig.class)
  interface SubscriptionMapper {
    SubscriptionResponse toResponse(Subscription subscription);
  }

  @GetMapping
  List<SubscriptionResponse> list(Officer officer) {
    return subscriptions.ofUnit(officer.unit()).stream().map(mapper::toResponse).toList();
  }

  @GetMapping("/{id}")
  SubscriptionResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(subscriptions.find(id, officer));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SubscriptionResponse subscribe(
      @Valid @RequestBody CreateSubscriptionRequest request, Officer officer) {
    Filter filter = request.filter();
    return mapper.toResponse(
        subscriptions.subscribe(
            officer,
            request.eventSelector(),
            request.channel(),
            request.endpointId(),
            filter != null,
            filter == null ? null : filter.district(),
            filter == null ? null : filter.subject()));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unsubscribe(@PathVariable UUID id, Officer officer) {
    subscriptions.unsubscribe(id, officer);
  }
}
