package cn.gov.sh.tradesecret.referrals.referral;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

  @Query("select r from Referral r where r.referredCase.district = :district")
  Page<Referral> findByDistrict(String district, Pageable pageable);

  @Query(
      "select r from Referral r where r.police.addressed = :unit or r.police.forwardedFrom = :unit")
  Page<Referral> findByPoliceUnit(String unit, Pageable pageable);

  @Query(
      "select r from Referral r where r.referredCase.caseId = :caseId"
          + " order by r.referredCase.proposedAt desc")
  List<Referral> findByCaseIdOrderByProposedAtDesc(String caseId);
}
