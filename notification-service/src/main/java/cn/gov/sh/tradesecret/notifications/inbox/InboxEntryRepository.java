package cn.gov.sh.tradesecret.notifications.inbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboxEntryRepository extends JpaRepository<InboxEntry, UUID> {

  /** Unread first, then newest first. */
  @Query(
      value =
          """
      select e from InboxEntry e where e.unit = :unit
      order by case when e.readAt is null then 0 else 1 end, e.occurredAt desc, e.id
      """,
      countQuery = "select count(e) from InboxEntry e where e.unit = :unit")
  Page<InboxEntry> findByUnit(String unit, Pageable pageable);

  @Query(
      value =
          "select e from InboxEntry e where e.unit = :unit and e.readAt is null order by e.occurredAt desc, e.id",
      countQuery = "select count(e) from InboxEntry e where e.unit = :unit and e.readAt is null")
  Page<InboxEntry> findUnreadByUnit(String unit, Pageable pageable);

  /**
   * count(*) rather than the count(id) a derived query makes: the unread entries' partial index
   * answers it alone (V10), and the console asks again after every new entry of the unit.
   */
  @Query(
      value = "select count(*) from inbox_entry where unit = :unit and read_at is null",
      nativeQuery = true)
  long countUnread(String unit);

  Optional<InboxEntry> findByIdAndUnit(UUID id, String unit);

  /**
   * The unit's entries created after {@code after} (an entry of the unit), newest first:
   * (created_at, id) order.
   */
  @Query(
      nativeQuery = true,
      value =
          """
      select e.* from inbox_entry e, inbox_entry a
      where a.id = :after and a.unit = :unit and e.unit = :unit and (e.created_at, e.id) > (a.created_at, a.id)
      order by e.created_at desc, e.id desc limit :limit""")
  List<InboxEntry> findNewestAfter(String unit, UUID after, int limit);
}
