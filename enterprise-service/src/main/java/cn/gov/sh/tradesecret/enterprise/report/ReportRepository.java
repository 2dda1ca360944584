package cn.gov.sh.tradesecret.enterprise.report;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<InfringementReport, UUID> {

  Page<InfringementReport> findByCreditCode(String creditCode, Pageable pageable);

  Page<InfringementReport> findByDistrict(String district, Pageable pageable);

  @Query(value = "select nextval('report_tracking_seq')", nativeQuery = true)
  long nextTrackingSequence();
}
