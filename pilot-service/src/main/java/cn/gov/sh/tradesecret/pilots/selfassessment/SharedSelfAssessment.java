package cn.gov.sh.tradesecret.pilots.selfassessment;

import cn.gov.sh.tradesecret.events.enterprises.SelfAssessmentShared;
import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A self-assessment an enterprise shared with its district bureau, with its consent: the guide, the
 * overall score and the score per area, never the answers (enterprise-service keeps them). Only the
 * bureau of that district and the municipal bureau read it. Never changes: a later assessment is a
 * new one.
 */
@Entity
@Table(name = "shared_self_assessment")
public class SharedSelfAssessment {

  private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);
  private static final int CODE_LENGTH = 40;

  @Id private UUID id;

  @Column(name = "guide_id")
  private String guideId;

  @Column(name = "credit_code")
  private String creditCode;

  private String district;

  private BigDecimal score;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(
      name = "shared_self_assessment_area",
      joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "position")
  private List<AreaScore> areas = new ArrayList<>();

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  protected SharedSelfAssessment() {}

  private SharedSelfAssessment(
      UUID id,
      String guideId,
      String creditCode,
      String district,
      BigDecimal score,
      List<AreaScore> areas,
      Instant submittedAt,
      Instant receivedAt) {
    this.id = id;
    this.guideId = guideId;
    this.creditCode = creditCode;
    this.district = district;
    this.score = score;
    this.areas = new ArrayList<>(areas);
    this.submittedAt = submittedAt;
    this.receivedAt = receivedAt;
  }

  /**
   * The assessment that {@code shared} announces, received at {@code receivedAt}.
   *
   * @throws IllegalArgumentException when the event cannot be one: an id that is no UUID, a
   *     district without a bureau of its own, a credit code with a wrong check character, no areas,
   *     a code named twice, a score outside 0 to 100 or finer than hundredths
   */
  static SharedSelfAssessment of(SelfAssessmentShared shared, Instant receivedAt) {
    UUID id = UUID.fromString(shared.assessmentId());
    require(
        PilotService.isPilotDistrict(shared.district()), "no district bureau " + shared.district());
    require(
        UnifiedSocialCreditCode.isValid(shared.creditCode()),
        "credit code " + shared.creditCode() + " has a wrong check character");
    require(fitsCode(shared.guideId()), "guide id blank or longer than " + CODE_LENGTH);
    require(isScore(shared.score()), "score " + shared.score() + " is not 0 to 100");
    require(!shared.areas().isEmpty(), "no area scored");
    var codes = new HashSet<String>();
    List<AreaScore> areas = new ArrayList<>();
    for (SelfAssessmentShared.AreaScore area : shared.areas()) {
      require(area != null && fitsCode(area.code()), "an area without a code of its guide");
      require(codes.add(area.code()), "area " + area.code() + " scored twice");
      require(isScore(area.score()), "area " + area.code() + " scored " + area.score());
      areas.add(new AreaScore(area.code(), area.score()));
    }
    return new SharedSelfAssessment(
        id,
        shared.guideId(),
        shared.creditCode(),
        shared.district(),
        shared.score(),
        areas,
        shared.submittedAt(),
        receivedAt);
  }

  private static boolean fitsCode(String code) {
    return code != null && !code.isBlank() && code.length() <= CODE_LENGTH;
  }

  private static boolean isScore(BigDecimal score) {
    return score != null
        && score.signum() >= 0
        && score.compareTo(FULL_MARKS) <= 0
        && score.stripTrailingZeros().scale() <= 2;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }

  public UUID getId() {
    return id;
  }

  public String getGuideId() {
    return guideId;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getDistrict() {
    return district;
  }

  public BigDecimal getScore() {
    return score;
  }

  public List<AreaScore> getAreas() {
    return List.copyOf(areas);
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
