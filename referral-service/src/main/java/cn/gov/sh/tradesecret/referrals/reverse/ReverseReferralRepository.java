package cn.gov.sh.tradesecret.referrals.reverse;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReverseReferralRepository extends JpaRepository<ReverseReferral, UUID> {

  Page<ReverseReferral> findByDistrict(String district, Pageable pageable);

  Page<ReverseReferral> findByPoliceUnit(String policeUnit, Pageable pageable);
}
