package cn.gov.sh.tradesecret.audit.record;

import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log. Records are only ever inserted (once per id: the gateway may send one twice); a
 * district procuratorate reads the records of callers of its district, the municipal procuratorate
 * and the operators read all.
 */
@Service
public class AuditLog {

  private final JdbcTemplate jdbc;

  AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void record(AuditRecord record) {
    jdbc.update(
        """
        insert into audit_record (id, account, unit, agency, method, path, resource, identifiers, status, outcome,
                                  client_address, correlation_id, at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
        UUID.fromString(record.id()),
        record.account(),
        record.unit(),
        record.agency(),
        record.method(),
        record.path(),
        record.resource(),
        String.join(",", record.identifiers() == null ? List.of() : record.identifiers()),
        record.status(),
        record.outcome(),
        record.clientAddress(),
        record.correlationId(),
        Timestamp.from(record.at()));
  }

  /** What a reader asks for; null fields do not filter. */
  public record Query(
      String account, String unit, String outcome, Instant from, Instant to, int page, int size) {}

  @Transactional(readOnly = true)
  public List<AuditRecord> find(Query query, Officer reader) {
    AuditReaders.requireReader(reader);
    StringBuilder sql = new StringBuilder("select * from audit_record where true");
    List<Object> arguments = new ArrayList<>();
    // a unit's code ends in its jurisdiction (MR-310117)
    AuditReaders.limitedTo(reader)
        .ifPresent(district -> filter(sql, arguments, "unit like ?", "%-" + district));
    filter(sql, arguments, "account = ?", query.account());
    filter(sql, arguments, "unit = ?", query.unit());
    filter(sql, arguments, "outcome = ?", query.outcome());
    filter(sql, arguments, "at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
    filter(sql, arguments, "at < ?", query.to() == null ? null : Timestamp.from(query.to()));
    sql.append(" order by at desc, id limit ? offset ?");
    arguments.add(query.size());
    arguments.add((long) query.page() * query.size());
    return jdbc.query(sql.toString(), ROW, arguments.toArray());
  }

  private static void filter(
      StringBuilder sql, List<Object> arguments, String condition, Object value) {
    if (value != null) {
      sql.append(" and ").append(condition);
      arguments.add(value);
    }
  }

  private static final RowMapper<AuditRecord> ROW =
      (rs, row) ->
          new AuditRecord(
              rs.getString("id"),
              rs.getString("account"),
              rs.getString("unit"),
              rs.getString("agency"),
              rs.getString("method"),
              rs.getString("path"),
              rs.getString("resource"),
              rs.getString("identifiers").isEmpty()
                  ? List.of()
                  : Arrays.asList(rs.getString("identifiers").split(",")),
              rs.getInt("status"),
              rs.getString("outcome"),
              rs.getString("client_address"),
              rs.getString("correlation_id"),
              rs.getTimestamp("at").toInstant());
}
