package cn.gov.sh.tradesecret.enterprise.assessment;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, UUID> {

  Page<SelfAssessment> findByCreditCode(String creditCode, Pageable pageable);

  Page<SelfAssessment> findBySharedTrueAndDistrict(String district, Pageable pageable);

  Page<SelfAssessment> findBySharedTrue(Pageable pageable);
}
