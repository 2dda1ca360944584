package cn.gov.sh.tradesecret.pilots.selfassessment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedSelfAssessmentRepository extends JpaRepository<SharedSelfAssessment, UUID> {

  List<SharedSelfAssessment> findByCreditCodeOrderBySubmittedAtDesc(String creditCode);

  Page<SharedSelfAssessment> findByDistrict(String district, Pageable pageable);
}
