package cn.gov.sh.tradesecret.pilots.pilot;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PilotTransitionRepository extends JpaRepository<PilotTransition, UUID> {

  List<PilotTransition> findByPilotIdOrderBySeqAsc(UUID pilotId);

  boolean existsByPilotIdAndReviewYear(UUID pilotId, Integer reviewYear);
}
