package cn.gov.sh.tradesecret.referrals.deadline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeadlineRepository extends JpaRepository<Deadline, UUID> {

  List<Deadline> findByReferralIdOrderByStartedAtAscClockAsc(UUID referralId);

  List<Deadline> findByReferralIdAndStoppedAtIsNull(UUID referralId);

  /**
   * Running clocks whose 75% point or end has come and whose event is still to be raised, locked
   * for this transaction; rows another instance holds are skipped, so no two instances raise the
   * same event.
   */
  @Query(
      nativeQuery = true,
      value =
          """
      select * from deadline
      where stopped_at is null and breached_at is null and warn_at <= :now
        and (warned_at is null or due_at <= :now)
      order by due_at
      limit :limit
      for update skip locked""")
  List<Deadline> lockDue(Instant now, int limit);
}
