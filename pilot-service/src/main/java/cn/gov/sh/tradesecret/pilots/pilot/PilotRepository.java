package cn.gov.sh.tradesecret.pilots.pilot;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PilotRepository extends JpaRepository<Pilot, UUID> {

  Page<Pilot> findByDistrict(String district, Pageable pageable);
}
