package cn.gov.sh.tradesecret.notifications.inbox;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboxEntryRepository extends JpaRepository<InboxEntry, UUID> {

  /** Unread first, then newest first. */
  @Query(value = """
      select e from InboxEntry e where e.unit = :unit
      order by case when e.readAt is null then 0 else 1 end, e.occurredAt desc, e.id
      """, countQuery = "select count(e) from InboxEntry e where e.unit = :unit")
  Page<InboxEntry> findByUnit(String unit, Pageable pageable);

  @Query(value = "select e from InboxEntry e where e.unit = :unit and e.readAt is null order by e.occurredAt desc, e.id",
      countQuery = "select count(e) from InboxEntry e where e.unit = :unit and e.readAt is null")
  Page<InboxEntry> findUnreadByUnit(String unit, Pageable pageable);

  long countByUnitAndReadAtIsNull(String unit);

  Optional<InboxEntry> findByIdAndUnit(UUID id, String unit);
}
