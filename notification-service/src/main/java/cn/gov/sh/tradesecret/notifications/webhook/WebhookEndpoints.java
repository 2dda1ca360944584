package cn.gov.sh.tradesecret.notifications.webhook;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.notifications.WebhookEndpointDisabled;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook endpoints of the agency units. An endpoint is managed by its own unit; operators see
 * all. Secrets rotate with an overlap during which both the old and the new one sign.
 */
@Service
public class WebhookEndpoints {

  /** Why an endpoint was disabled. */
  public enum DisabledReason {
    /** It answered 410 Gone. */
    GONE,
    /** Every attempt failed for longer than {@code disable-after}. */
    FAILING
  }

  private final WebhookEndpointRepository endpoints;
  private final WebhookSecretRepository secrets;
  private final WebhookSecrets sealing;
  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final Inbox inbox;
  private final Clock clock;
  private final EndpointAddressGuard guard;
  private final Duration rotationOverlap;

  WebhookEndpoints(
      WebhookEndpointRepository endpoints,
      WebhookSecretRepository secrets,
      WebhookSecrets sealing,
      JdbcTemplate jdbc,
      Outbox outbox,
      Inbox inbox,
      Clock clock,
      EndpointAddressGuard guard,
      WebhookProperties properties) {
    this.endpoints = endpoints;
    this.secrets = secrets;
    this.sealing = sealing;
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.inbox = inbox;
    this.clock = clock;
    this.guard = guard;
    this.rotationOverlap = properties.rotationOverlap();
  }

  /** An endpoint with the secret it was just given: the only time the secret is shown. */
  public record WithSecret(
      WebhookEndpoint endpoint, String secret, Instant previousSecretExpiresAt) {}

  /**
   * Registers an endpoint of the officer's unit. Its URL must pass {@link EndpointAddressGuard}:
   * HTTPS to a public address (or one of the operator's allowed networks), plain HTTP only to an
   * allowed loopback address; a host that does not resolve is refused too.
   */
  @Transactional
  public WithSecret register(Officer officer, String url, String description) {
    if (AgencyUnit.parse(officer.unit()).isEmpty()) {
      throw DomainException.forbidden("only an agency unit may register a webhook endpoint");
    }
    String checked = guard.check(url);
    WebhookEndpoint endpoint =
        endpoints.save(
            new WebhookEndpoint(
                UUID.randomUUID(),
                officer.unit(),
                checked,
                description,
                officer.account(),
                clock.instant()));
    String secret = newSecret(endpoint.getId(), clock.instant());
    return new WithSecret(endpoint, secret, null);
  }

  @Transactional(readOnly = true)
  public List<WebhookEndpoint> list(Officer officer) {
    return officer.hasRole(Officer.OPERATOR)
        ? endpoints.findAllByOrderByCreatedAt()
        : endpoints.findByUnitOrderByCreatedAt(officer.unit());
  }

  /** An endpoint of the officer's unit, or any for an operator; 404 otherwise. */
  @Transactional(readOnly = true)
  public WebhookEndpoint find(UUID id, Officer officer) {
    return endpoints
        .findById(id)
        .filter(
            endpoint ->
                endpoint.getUnit().equals(officer.unit()) || officer.hasRole(Officer.OPERATOR))
        .orElseThrow(() -> DomainException.notFound("webhook endpoint", id));
  }

  @Transactional(readOnly = true)
  public boolean isOwnedBy(UUID id, String unit) {
    return endpoints.existsByIdAndUnit(id, unit);
  }

  /**
   * Gives the endpoint a new secret; the ones it had stay valid for the rotation overlap, so the
   * receiving system can switch without losing a message (messages carry both signatures
   * meanwhile).
   */
  @Transactional
  public WithSecret rotateSecret(UUID id, Officer officer) {
    WebhookEndpoint endpoint = owned(id, officer);
    Instant now = clock.instant();
    Instant expiry = now.plus(rotationOverlap);
    secrets.findByEndpointIdOrderByCreatedAtDesc(id).stream()
        .filter(s -> s.isValidAt(now))
        .forEach(s -> s.expireAt(expiry));
    String secret = newSecret(id, now);
    return new WithSecret(endpoint, secret, expiry);
  }

  /** A new secret of the endpoint, stored encrypted; the only time it is seen in the clear. */
  private String newSecret(UUID endpointId, Instant at) {
    String secret = WebhookSignature.newSecret();
    UUID secretId = UUID.randomUUID();
    secrets.save(new WebhookSecret(secretId, endpointId, sealing.seal(secretId, secret), at));
    return secret;
  }

  /** Enables a disabled endpoint of the officer's unit: its waiting messages are sent again. */
  @Transactional
  public WebhookEndpoint enable(UUID id, Officer officer) {
    WebhookEndpoint endpoint = owned(id, officer);
    endpoint.enable();
    return endpoint;
  }

  /** A failed attempt: extends the failure streak and returns when it began. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Instant failed(UUID id, Instant at) {
    return jdbc.queryForObject(
        """
        update webhook_endpoint set last_failure_at = ?, failing_since = coalesce(failing_since, ?)
        where id = ? returning failing_since""",
        (rs, row) -> rs.getTimestamp(1).toInstant(),
        Timestamp.from(at),
        Timestamp.from(at),
        id);
  }

  /**
   * Disables an enabled endpoint and tells its owner: {@link WebhookEndpointDisabled} on
   * notification-events and a notice in the owner unit's inbox. Disabling twice changes nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void disable(UUID id, DisabledReason reason, Instant failingSince) {
    Instant now = clock.instant();
    List<String> units =
        jdbc.queryForList(
            """
        update webhook_endpoint set status = 'DISABLED', disabled_reason = ?, disabled_at = ?
        where id = ? and status = 'ENABLED' returning unit""",
            String.class,
            reason.name(),
            Timestamp.from(now),
            id);
    if (units.isEmpty()) {
      return;
    }
    String unit = units.get(0);
    String district = AgencyUnit.parse(unit).map(AgencyUnit::jurisdiction).orElse(null);
    EventEnvelope<WebhookEndpointDisabled> event =
        outbox.append(
            new WebhookEndpointDisabled(
                id.toString(),
                unit,
                district,
                reason.name(),
                reason == DisabledReason.GONE ? null : failingSince,
                now));
    inbox.deliver(event, Set.of(unit));
  }

  private WebhookEndpoint owned(UUID id, Officer officer) {
    return endpoints
        .findById(id)
        .filter(endpoint -> endpoint.getUnit().equals(officer.unit()))
        .orElseThrow(() -> DomainException.notFound("webhook endpoint", id));
  }
}
