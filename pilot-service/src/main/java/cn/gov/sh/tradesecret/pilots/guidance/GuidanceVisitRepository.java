package cn.gov.sh.tradesecret.pilots.guidance;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceVisitRepository extends JpaRepository<GuidanceVisit, UUID> {

  List<GuidanceVisit> findByPilotIdOrderByVisitedOnAscRecordedAtAsc(UUID pilotId);
}
