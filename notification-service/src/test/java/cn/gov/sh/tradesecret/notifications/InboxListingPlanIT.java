package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of a unit's inbox is read in index order, not sorted: its cost does not grow with the
 * unit's history (the capacity run's slowest request sorted 105,000 entries for each page).
 */
class InboxListingPlanIT extends NotificationIntegrationTest {

  // the SQL Hibernate makes of InboxEntryRepository.findByUnit's order
  static final String PAGE =
      "select * from inbox_entry e where e.unit = 'MR-310117' "
          + "order by case when e.read_at is null then 0 else 1 end, e.occurred_at desc, e.id "
          + "offset 20 limit 20";

  @Autowired PlatformTransactionManager transactions;

  @Test
  void aPageOfTheInboxIsReadInIndexOrderWithoutSortingTheUnitsEntries() {
    List<String> plan =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  // an empty test table would be scanned whole; the plan for a large one is asked
                  jdbc.execute("set local enable_seqscan = off");
                  return jdbc.queryForList("explain " + PAGE, String.class);
                });

    assertThat(String.join("\n", plan)).contains("inbox_entry_unit_listing").doesNotContain("Sort");
  }
}
