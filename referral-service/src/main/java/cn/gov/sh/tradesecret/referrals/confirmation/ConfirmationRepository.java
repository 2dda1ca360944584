package cn.gov.sh.tradesecret.referrals.confirmation;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConfirmationRepository extends JpaRepository<Confirmation, UUID> {

  Page<Confirmation> findByCourtUnit(String courtUnit, Pageable pageable);

  Page<Confirmation> findByDistrict(String district, Pageable pageable);
}
