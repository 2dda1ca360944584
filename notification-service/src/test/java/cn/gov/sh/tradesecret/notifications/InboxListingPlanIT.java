package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of a unit's inbox is read in index order, not sorted: its cost does not grow with the
 * unit's history (the capacity run's slowest request sorted 105,000 entries for each page); the
 * unread count reads an index of the unread entries, not the table.
 */
class InboxListingPlanIT extends NotificationIntegrationTest {

  // the SQL Hibernate makes of InboxEntryRepository.findByUnit's order
  static final String PAGE =
      "select * from inbox_entry e where e.unit = 'MR-310117' "
          + "order by case when e.read_at is null then 0 else 1 end, e.occurred_at desc, e.id "
          + "offset 20 limit 20";

  // InboxEntryRepository.countUnread
  static final String UNREAD_COUNT =
      "select count(*) from inbox_entry where unit = 'MR-310117' and read_at is null";

  @Autowired PlatformTransactionManager transactions;

  @Test
  void aPageOfTheInboxIsReadInIndexOrderWithoutSortingTheUnitsEntries() {
    assertThat(planOf(PAGE)).contains("inbox_entry_unit_listing").doesNotContain("Sort");
  }

  @Test
  void theUnreadCountIsAnsweredFromTheUnreadEntriesIndexAlone() {
    assertThat(planOf(UNREAD_COUNT))
        .contains("Index Only Scan using inbox_entry_unit_unread_count");
  }

  private String planOf(String query) {
    List<String> plan =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  // an empty test table would be scanned whole; the plan for a large one is asked
                  jdbc.execute("set local enable_seqscan = off");
                  return jdbc.queryForList("explain " + query, String.class);
                });
    return String.join("\n", plan);
  }
}
