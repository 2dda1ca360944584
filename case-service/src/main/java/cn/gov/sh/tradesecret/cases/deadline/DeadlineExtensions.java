package cn.gov.sh.tradesecret.cases.deadline;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The record of every deadline extension and its basis, written with the extension itself. */
@Component
public class DeadlineExtensions {

  private final JdbcTemplate jdbc;

  DeadlineExtensions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      UUID subjectId,
      Deadline deadline,
      ExtensionBasis basis,
      String reason,
      LocalDate previousDue,
      LocalDate newDue,
      String approvedBy,
      Instant approvedAt) {
    jdbc.update(
        "insert into deadline_extension (id, subject_id, deadline, basis, reason, previous_due, new_due, "
            + "approved_by, approved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        subjectId,
        deadline.name(),
        basis.name(),
        reason,
        Date.valueOf(previousDue),
        Date.valueOf(newDue),
        approvedBy,
        Timestamp.from(approvedAt));
  }
}
