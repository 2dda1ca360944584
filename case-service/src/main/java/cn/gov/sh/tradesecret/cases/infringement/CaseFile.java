package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The investigation file of a case (卷宗): the evidence taken, the secret points the holder claims,
 * and the appraisals ordered, each in the order it was added. Appraisals run one at a time, and no
 * penalty, mediation or closing is decided while one is under way, because its result may change
 * the facts the decision rests on.
 */
@Embeddable
public class CaseFile {

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderColumn(name = "position")
  private List<EvidenceItem> evidence = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderColumn(name = "position")
  private List<SecretPoint> secretPoints = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderColumn(name = "position")
  private List<Appraisal> appraisals = new ArrayList<>();

  EvidenceItem add(EvidenceItem item) {
    evidence.add(item);
    return item;
  }

  SecretPoint add(SecretPoint point) {
    secretPoints.add(point);
    return point;
  }

  /** Adds an appraisal; refused while another is under way. */
  Appraisal add(Appraisal appraisal) {
    if (openAppraisal() != null) {
      throw DomainException.conflict(
          "appraisal-under-way", "an appraisal is already under way; finish it first");
    }
    appraisals.add(appraisal);
    return appraisal;
  }

  /** The appraisal with {@code id}; not found when the file holds none. */
  Appraisal appraisal(UUID id) {
    return appraisals.stream()
        .filter(a -> a.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("appraisal", id));
  }

  /** Refuses {@code action} (a decision on the case) while an appraisal is under way. */
  void requireNoAppraisalUnderWay(String action) {
    if (openAppraisal() != null) {
      throw DomainException.conflict(
          "appraisal-under-way", "cannot " + action + " while an appraisal is under way");
    }
  }

  public Appraisal openAppraisal() {
    return appraisals.stream().filter(Appraisal::isOpen).findFirst().orElse(null);
  }

  public List<EvidenceItem> getEvidence() {
    return List.copyOf(evidence);
  }

  public List<SecretPoint> getSecretPoints() {
    return List.copyOf(secretPoints);
  }

  public List<Appraisal> getAppraisals() {
    return List.copyOf(appraisals);
  }
}
