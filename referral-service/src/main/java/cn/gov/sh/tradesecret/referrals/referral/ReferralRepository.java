package cn.gov.sh.tradesecret.referrals.referral;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

  Page<Referral> findByDistrict(String district, Pageable pageable);

  @Query("select r from Referral r where r.policeUnit = :unit or r.forwardedFrom = :unit")
  Page<Referral> findByPoliceUnit(String unit, Pageable pageable);

  List<Referral> findByCaseIdOrderByProposedAtDesc(String caseId);
}
