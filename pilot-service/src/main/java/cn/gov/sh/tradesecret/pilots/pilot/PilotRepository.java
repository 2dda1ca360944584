package cn.gov.sh.tradesecret.pilots.pilot;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PilotRepository extends JpaRepository<Pilot, UUID> {

  Page<Pilot> findByDistrict(String district, Pageable pageable);

  Page<Pilot> findByStatus(PilotStatus status, Pageable pageable);

  Page<Pilot> findByStatusAndDistrict(PilotStatus status, String district, Pageable pageable);

  @Query(
      "select p from Pilot p where p.naturalKey in :keys and p.status not in ("
          + "cn.gov.sh.tradesecret.pilots.pilot.PilotStatus.WITHDRAWN, cn.gov.sh.tradesecret.pilots.pilot.PilotStatus.REVOKED)")
  List<Pilot> findActiveByNaturalKeys(Collection<String> keys);

  @Query(
      "select p from Pilot p where p.kind = cn.gov.sh.tradesecret.pilots.pilot.PilotKind.PARK "
          + "and p.district = :district and lower(trim(p.name)) = :normalizedName and p.status not in ("
          + "cn.gov.sh.tradesecret.pilots.pilot.PilotStatus.WITHDRAWN, cn.gov.sh.tradesecret.pilots.pilot.PilotStatus.REVOKED)")
  List<Pilot> findActiveParks(String district, String normalizedName);

  @Query(
      "select p from Pilot p where p.creditCode in :creditCodes and p.status not in ("
          + "cn.gov.sh.tradesecret.pilots.pilot.PilotStatus.WITHDRAWN, cn.gov.sh.tradesecret.pilots.pilot.PilotStatus.REVOKED)"
          + " order by p.nominatedAt")
  List<Pilot> findActiveByCreditCodes(Collection<String> creditCodes);

  default Optional<Pilot> findActiveByNaturalKey(String key) {
    return findActiveByNaturalKeys(List.of(key)).stream().findFirst();
  }
}
