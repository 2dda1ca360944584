package cn.gov.sh.tradesecret.referrals.referral;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

  Page<Referral> findByDistrict(String district, Pageable pageable);
}
