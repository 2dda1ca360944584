package cn.gov.sh.tradesecret.pilots.healthcheck;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HealthCheckRepository extends JpaRepository<HealthCheck, UUID> {

  List<HealthCheck> findByPilotIdOrderByCheckedOnAsc(UUID pilotId);
}
