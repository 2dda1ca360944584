package cn.gov.sh.tradesecret.audit.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An append-only, hash-chained record of every event published on the platform's topics: proof, in
 * a dispute between agencies, of what was sent and when (the platform's equivalent of X-Road's
 * message log).
 *
 * <p>Entry {@code n} holds {@code eventHash = SHA-256(event)} and {@code entryHash =
 * SHA-256(n|eventId|topic|type|subject|eventHash|previousHash|appendedAt)}, where {@code
 * previousHash} is entry {@code n-1}'s entry hash (64 zeros for the first). Appends are serialized
 * by a PostgreSQL advisory lock, so several instances keep one chain.
 */
@Service
public class Ledger {

  static final String GENESIS = "0".repeat(64);
  private static final long APPEND_LOCK = 0x6c6564676572L;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final Clock clock;

  Ledger(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.clock = clock;
  }

  /**
   * An event as it was received from its topic.
   *
   * @param district its {@code district} attribute; null for an event of no district
   */
  public record ReceivedEvent(
      UUID id, String topic, String type, String subject, String district, String body) {}

  /**
   * Appends an event unless the ledger already holds it (a redelivery).
   *
   * @return whether it was appended
   */
  @Transactional
  public boolean append(ReceivedEvent event) {
    jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, APPEND_LOCK);
    if (Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists(select 1 from ledger_entry where event_id = ?)",
            Boolean.class,
            event.id()))) {
      return false;
    }
    List<Object[]> last =
        jdbc.query(
            "select seq, entry_hash from ledger_entry order by seq desc limit 1",
            (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)});
    long seq = last.isEmpty() ? 1 : (long) last.get(0)[0] + 1;
    String previousHash = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
    Instant appendedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String eventHash = sha256(event.body());
    String entryHash =
        entryHash(
            seq,
            event.id(),
            event.topic(),
            event.type(),
            event.subject(),
            eventHash,
            previousHash,
            appendedAt);
    jdbc.update(
        """
        insert into ledger_entry (seq, event_id, topic, event_type, subject, district, event, event_hash,
                                  previous_hash, entry_hash, appended_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        seq,
        event.id(),
        event.topic(),
        event.type(),
        event.subject(),
        event.district(),
        event.body(),
        eventHash,
        previousHash,
        entryHash,
        Timestamp.from(appendedAt));
    return true;
  }

  /**
   * Notes a record of a domain topic that was not a valid event (it goes to the dead-letter topic,
   * not into the chain); once per record.
   */
  public void refused(String topic, int partition, long offset, String reason) {
    jdbc.update(
        """
        insert into ledger_refusal (topic, partition, "offset", reason, refused_at) values (?, ?, ?, ?, ?)
        on conflict do nothing""",
        topic,
        partition,
        offset,
        reason == null ? "unreadable" : reason.substring(0, Math.min(reason.length(), 500)),
        Timestamp.from(clock.instant()));
  }

  /** One entry of the chain, as readers see it (without the event's body). */
  public record Entry(
      long seq,
      String eventId,
      String topic,
      String eventType,
      String subject,
      String district,
      String eventHash,
      String previousHash,
      String entryHash,
      Instant appendedAt) {}

  private static final String ENTRY_COLUMNS =
      "seq, event_id, topic, event_type, subject, district, event_hash, previous_hash, entry_hash,"
          + " appended_at";

  private static final RowMapper<Entry> ENTRY =
      (rs, row) ->
          new Entry(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              rs.getString(8),
              rs.getString(9),
              rs.getTimestamp(10).toInstant());

  /**
   * The entries, newest first: of {@code district}'s events only when given (a district reader),
   * else all.
   */
  @Transactional(readOnly = true)
  public Page<Entry> entries(Optional<String> district, int page, int size) {
    List<Entry> entries =
        district.isPresent()
            ? jdbc.query(
                "select "
                    + ENTRY_COLUMNS
                    + " from ledger_entry where district = ? order by seq desc limit ? offset ?",
                ENTRY,
                district.get(),
                size,
                (long) page * size)
            : jdbc.query(
                "select " + ENTRY_COLUMNS + " from ledger_entry order by seq desc limit ? offset ?",
                ENTRY,
                size,
                (long) page * size);
    long total =
        district.isPresent()
            ? jdbc.queryForObject(
                "select count(*) from ledger_entry where district = ?", Long.class, district.get())
            : jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    return new PageImpl<>(entries, PageRequest.of(page, size), total);
  }

  /**
   * The entry of an event, if the ledger holds it and it is of {@code district} (when given): an
   * entry of another district is not shown to exist.
   */
  @Transactional(readOnly = true)
  public Optional<Entry> entry(UUID eventId, Optional<String> district) {
    return jdbc
        .query("select " + ENTRY_COLUMNS + " from ledger_entry where event_id = ?", ENTRY, eventId)
        .stream()
        .filter(entry -> district.isEmpty() || district.get().equals(entry.district()))
        .findFirst();
  }

  /**
   * An event as the ledger holds it, for the readers inside this service that follow a matter.
   *
   * @param body the event as received (the envelope with its payload)
   */
  public record StoredEvent(
      long seq, String eventId, String topic, String subject, String district, String body) {}

  /**
   * The events about one of {@code ids} ({@code subject}), or whose payload links one of them: a
   * case filed from a lead ({@code leadId}), the events of a case's referrals and confirmations
   * ({@code caseId}), a matter the police referred back ({@code originalCaseId}), the lead
   * registered from that referral back ({@code reverseReferralId}). Each condition has its index
   * (V4, V5).
   */
  @Transactional(readOnly = true)
  public List<StoredEvent> linkedTo(Collection<String> ids) {
    return named.query(
        "select "
            + STORED_COLUMNS
            + """
             from ledger_entry
            where subject in (:ids)
               or (ledger_event(event) -> 'data' ->> 'leadId') in (:ids)
               or (ledger_event(event) -> 'data' ->> 'caseId') in (:ids)
               or (ledger_event(event) -> 'data' ->> 'originalCaseId') in (:ids)
               or (ledger_event(event) -> 'data' ->> 'reverseReferralId') in (:ids)""",
        Map.of("ids", ids),
        STORED);
  }

  /** The events caused by the same requests or events: those of these correlation ids. */
  @Transactional(readOnly = true)
  public List<StoredEvent> correlatedBy(Collection<String> correlationIds) {
    if (correlationIds.isEmpty()) {
      return List.of();
    }
    return named.query(
        "select "
            + STORED_COLUMNS
            + " from ledger_entry where (ledger_event(event) ->> 'correlationid') in (:ids)",
        Map.of("ids", correlationIds),
        STORED);
  }

  private static final String STORED_COLUMNS = "seq, event_id, topic, subject, district, event";

  private static final RowMapper<StoredEvent> STORED =
      (rs, row) ->
          new StoredEvent(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6));

  static String entryHash(
      long seq,
      UUID eventId,
      String topic,
      String type,
      String subject,
      String eventHash,
      String previousHash,
      Instant appendedAt) {
    return sha256(
        String.join(
            "|",
            Long.toString(seq),
            eventId.toString(),
            topic,
            type,
            subject,
            eventHash,
            previousHash,
            appendedAt.toString()));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
