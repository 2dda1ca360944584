package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The filing of a case (立案): the lead it was filed on, the case number it got, the officer who
 * filed it and when. The day of filing, in Asia/Shanghai, is the day the case's decision clock and
 * its decisions date from.
 */
@Embeddable
public class Filing {

  @Column(name = "lead_id")
  private UUID leadId;

  @Column(name = "case_number")
  private String caseNumber;

  @Column(name = "filed_by")
  private String filedBy;

  @Column(name = "filed_at")
  private Instant filedAt;

  protected Filing() {}

  Filing(UUID leadId, String caseNumber, String filedBy, Instant filedAt) {
    this.leadId = leadId;
    this.caseNumber = caseNumber;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
  }

  /** The day of filing, Asia/Shanghai: no decision on the case may be dated before it. */
  public LocalDate getFiledOn() {
    return WorkingDayCalendar.dayOf(filedAt);
  }

  public UUID getLeadId() {
    return leadId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }
}
