package cn.gov.sh.tradesecret.notifications.subscription.web;

import cn.gov.sh.tradesecret.support.web.MappingConfig;
import cn.gov.sh.tradesecret.notifications.subscription.Subscription;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Instant;
import java.util.List;
import org.mapstruct.Mapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

  /** A subscription as the API shows it. */
  record SubscriptionResponse(String id, String unit, String eventSelector, String district, String subject,
      String channel, boolean mandatory, String createdBy, Instant createdAt) {}

  @Mapper(config = MappingConfig.class)
  interface SubscriptionMapper {
    SubscriptionResponse toResponse(Subscription subscription);
  }

  @GetMapping
  List<SubscriptionResponse> list(Officer officer) {
    return subscriptions.ofUnit(officer.unit()).stream().map(mapper::toResponse).toList();
  }
}
