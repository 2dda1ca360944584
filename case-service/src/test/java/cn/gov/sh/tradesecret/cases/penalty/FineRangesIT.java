package cn.gov.sh.tradesecret.cases.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The law versions in the database: what the migration holds, a later lighter or heavier version
 * (each test's own rows, rolled back), and overlapping versions refused by the database.
 */
@PlatformIntegrationTest
@Transactional
class FineRangesIT {

  @Autowired FineRanges fineRanges;
  @Autowired JdbcTemplate jdbc;

  /** Ends the 2025 revision on 2026-01-31 and adds a fictitious version from 2026-02-01. */
  private void laterVersion(String min, String max) {
    jdbc.update("update law_version set valid_to = date '2026-01-31' where id = 'AUCL-2025'");
    jdbc.update(
        "insert into law_version values ('AUCL-TEST', 'AUCL', 'a later version', date '2026-01-01',"
            + " date '2026-02-01', null, 'test')");
    jdbc.update(
        "insert into fine_range (law_version, article, serious, min_fine, max_fine, source)"
            + " values ('AUCL-TEST', 'art. t', false, ?::numeric, ?::numeric, 'test')",
        min,
        max);
  }

  @Test
  void theMigrationEndsThe2019VersionTheDayBeforeThe2025RevisionAndCitesItsSources() {
    assertThat(fineRanges.inForceOn(LocalDate.of(2025, 10, 14), false))
        .hasValueSatisfying(r -> assertThat(r.lawVersion()).isEqualTo("AUCL-2019"));
    assertThat(fineRanges.inForceOn(LocalDate.of(2025, 10, 15), true))
        .hasValueSatisfying(
            r -> {
              assertThat(r.lawVersion()).isEqualTo("AUCL-2025");
              assertThat(r.min()).isEqualByComparingTo("500000");
              assertThat(r.max()).isEqualByComparingTo("5000000");
              assertThat(r.source()).startsWith("NOT VERIFIED");
            });
    assertThat(fineRanges.inForceOn(LocalDate.of(2019, 4, 22), false)).isEmpty();
  }

  @Test
  void aLighterVersionInForceAtTheDecisionApplies() {
    laterVersion("100000", "800000");

    ApplicableFine applicable =
        fineRanges
            .applicable(LocalDate.of(2025, 10, 15), LocalDate.of(2026, 2, 1), false)
            .orElseThrow();

    assertThat(applicable.range().lawVersion()).isEqualTo("AUCL-TEST");
    assertThat(applicable.choice()).isEqualTo(LawChoice.LIGHTER_LAW_AT_THE_DECISION);
  }

  @Test
  void aHeavierVersionInForceAtTheDecisionDoesNotApplyToAnEarlierAct() {
    laterVersion("200000", "2000000");

    ApplicableFine applicable =
        fineRanges
            .applicable(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1), false)
            .orElseThrow();

    assertThat(applicable.range().lawVersion()).isEqualTo("AUCL-2025");
    assertThat(applicable.choice()).isEqualTo(LawChoice.LAW_AT_THE_ACT);
  }

  @Test
  void overlappingVersionsOfOneLawAreRefusedByTheDatabase() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into law_version values ('AUCL-OVERLAP', 'AUCL', 'overlaps 2025',"
                        + " date '2026-01-01', date '2026-02-01', null, 'test')"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("law_version_validity_not_overlapping");
  }

  @Test
  void aVersionEndingBeforeItBeginsIsRefusedByTheDatabase() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into law_version values ('OTHER-1', 'OTHER', 'backwards',"
                        + " date '2026-01-01', date '2026-02-01', date '2026-01-31', 'test')"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("law_version_validity_ordered");
  }
}
