package cn.gov.sh.tradesecret.enterprise.assessment;

import cn.gov.sh.tradesecret.enterprise.caller.Enterprise;
import cn.gov.sh.tradesecret.events.enterprises.SelfAssessmentShared;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an enterprise's answers to a guide and scores them. The enterprise sees its own
 * self-assessments; a market-regulation bureau those its districts' enterprises shared with it.
 */
@Service
public class SelfAssessments {

  private final SelfAssessmentRepository assessments;
  private final Guides guides;
  private final Outbox events;
  private final Clock clock;

  SelfAssessments(SelfAssessmentRepository assessments, Guides guides, Outbox events, Clock clock) {
    this.assessments = assessments;
    this.guides = guides;
    this.events = events;
    this.clock = clock;
  }

  /** A self-assessment and its guide, to score and show. */
  public record Scored(SelfAssessment assessment, Guide guide, Scoring.Result result) {}

  /**
   * Stores the answers, which must answer every question of the guide and no other; when {@code
   * share}, the scores go to the enterprise's district bureau.
   */
  @Transactional
  public Scored submit(String guideId, Map<String, Answer> answers, boolean share, Officer caller) {
    Enterprise enterprise =
        Enterprise.of(caller)
            .orElseThrow(() -> DomainException.forbidden("only an enterprise assesses itself"));
    Guide guide =
        guides
            .find(guideId)
            .orElseThrow(() -> DomainException.invalidField("guideId", "no guide " + guideId));
    List<FieldProblem> problems = new ArrayList<>();
    answers.keySet().stream()
        .sorted()
        .filter(code -> guide.question(code).isEmpty())
        .forEach(
            code ->
                problems.add(
                    new FieldProblem(
                        "answers." + code, "guide " + guideId + " has no such question")));
    guide.questions().stream()
        .filter(question -> answers.get(question.code()) == null)
        .forEach(
            question ->
                problems.add(new FieldProblem("answers." + question.code(), "must be answered")));
    if (!problems.isEmpty()) {
      throw DomainException.Invalid.of(problems, "the answers do not fit guide " + guideId);
    }
    SelfAssessment assessment =
        assessments.save(
            new SelfAssessment(
                UUID.randomUUID(),
                guideId,
                enterprise.account(),
                enterprise.creditCode(),
                enterprise.district(),
                share,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                answers));
    Scoring.Result result = Scoring.score(guide, answers);
    if (share) {
      events.append(
          new SelfAssessmentShared(
              assessment.getId().toString(),
              guideId,
              enterprise.creditCode(),
              enterprise.district(),
              result.score(),
              result.areas().stream()
                  .map(area -> new SelfAssessmentShared.AreaScore(area.code(), area.score()))
                  .toList(),
              assessment.getSubmittedAt()));
    }
    return new Scored(assessment, guide, result);
  }

  /** A self-assessment the caller may see; any other is "not found". */
  @Transactional(readOnly = true)
  public Scored find(UUID id, Officer caller) {
    return assessments
        .findById(id)
        .filter(assessment -> maySee(caller, assessment))
        .map(this::scored)
        .orElseThrow(() -> DomainException.notFound("self-assessment", id));
  }

  /** The enterprise's own, or those shared with the officer's bureau, latest first. */
  @Transactional(readOnly = true)
  public Page<Scored> list(Officer caller, Pageable pageable) {
    Optional<Enterprise> enterprise = Enterprise.of(caller);
    if (enterprise.isPresent()) {
      return assessments
          .findByCreditCode(enterprise.get().creditCode(), pageable)
          .map(this::scored);
    }
    Officer.require(
        caller.is(AgencyType.MARKET_REGULATION),
        "only enterprises and market-regulation bureaus see self-assessments");
    Page<SelfAssessment> shared =
        caller.isMunicipal()
            ? assessments.findBySharedTrue(pageable)
            : assessments.findBySharedTrueAndDistrict(caller.jurisdiction(), pageable);
    return shared.map(this::scored);
  }

  private Scored scored(SelfAssessment assessment) {
    Guide guide = guides.find(assessment.getGuideId()).orElseThrow();
    return new Scored(assessment, guide, Scoring.score(guide, assessment.getAnswers()));
  }

  private static boolean maySee(Officer caller, SelfAssessment assessment) {
    return Enterprise.of(caller)
        .map(enterprise -> enterprise.creditCode().equals(assessment.getCreditCode()))
        .orElseGet(
            () ->
                assessment.isShared()
                    && caller.actsFor(AgencyType.MARKET_REGULATION, assessment.getDistrict()));
  }
}
