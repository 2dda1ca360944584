package cn.gov.sh.tradesecret.pilots.importing;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.creditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.pilots.pilot.Industry;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotKind;
import cn.gov.sh.tradesecret.pilots.pilot.PilotLevel;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One row of a bureau's list, read by its header and checked like a nomination, alone. */
class PilotRowTest {

  static final CsvReader.Line HEADER =
      new CsvReader.Line(
          1, List.of("kind", "name", "district", "industry", "creditCode", "park", "level"));
  static final Map<String, Integer> COLUMNS = PilotRow.columns(HEADER);

  static final Officer MINHANG = officer("310112", Set.of("OFFICER"));
  static final Officer MINHANG_HEAD = officer("310112", Set.of("OFFICER", Officer.HEAD));

  static Officer officer(String jurisdiction, Set<String> roles) {
    return new Officer(
        "someone",
        AgencyType.MARKET_REGULATION,
        AgencyType.MARKET_REGULATION.unitIn(jurisdiction),
        jurisdiction,
        roles);
  }

  static PilotRow check(Officer officer, String... fields) {
    return PilotRow.check(new CsvReader.Line(2, List.of(fields)), COLUMNS, officer);
  }

  @Test
  void readsCodesOrChineseNamesAndKeysTheRow() {
    String code = creditCode("310112");

    PilotRow row = check(MINHANG, "单位", " 上海某公司 ", "闵行区", "集成电路", code.toLowerCase(), "某园区", "");

    assertThat(row.ok()).as("%s", row.errors).isTrue();
    assertThat(row.line).isEqualTo(2);
    assertThat(row.kind).isEqualTo(PilotKind.UNIT);
    assertThat(row.name).isEqualTo("上海某公司");
    assertThat(row.district).isEqualTo("310112");
    assertThat(row.industry).isEqualTo(Industry.INTEGRATED_CIRCUITS);
    assertThat(row.creditCode).isEqualTo(code);
    assertThat(row.park).isEqualTo("某园区");
    assertThat(row.level).isNull();
    assertThat(row.key).isEqualTo(Pilot.naturalKey(PilotKind.UNIT, "310112", "上海某公司", code));
  }

  @Test
  void districtIsReadByCodeChineseOrEnglishNameButNeverTheMunicipality() {
    assertThat(check(MINHANG, "PARK", "p", "Minhang", "OTHER", "", "", "").district)
        .isEqualTo("310112");
    assertThat(check(MINHANG, "park", "p", "310112", "other", "", "", "").district)
        .isEqualTo("310112");
    assertThat(check(MINHANG, "PARK", "p", "310000", "OTHER", "", "", "").errors)
        .containsExactly(new FieldProblem("district", "unknown district '310000'"));
  }

  @Test
  void namesEveryWrongColumnOfTheRow() {
    PilotRow row = check(MINHANG, "园区", "", "", "钢铁", "123", "某园区", "省级");

    assertThat(row.ok()).isFalse();
    assertThat(row.key).isNull();
    assertThat(row.errors)
        .containsExactly(
            new FieldProblem("name", "must not be blank"),
            new FieldProblem("district", "must not be blank"),
            new FieldProblem("industry", "unknown industry '钢铁'"),
            new FieldProblem(
                "creditCode",
                "must be an 18-character unified social credit code with a valid check"
                    + " character"),
            new FieldProblem("park", "a park does not sit inside another park"),
            new FieldProblem("level", "unknown level '省级'"));
  }

  @Test
  void nameHasAtMost200Characters() {
    assertThat(check(MINHANG, "UNIT", "名".repeat(201), "310112", "OTHER", "", "", "").errors)
        .containsExactly(new FieldProblem("name", "at most 200 characters"));
    assertThat(check(MINHANG, "UNIT", "名".repeat(200), "310112", "OTHER", "", "", "").ok())
        .isTrue();
  }

  @Test
  void rowWithTheWrongNumberOfFieldsIsNotReadFurther() {
    PilotRow row = PilotRow.check(new CsvReader.Line(5, List.of("UNIT", "x")), COLUMNS, MINHANG);

    assertThat(row.errors).containsExactly(new FieldProblem("row", "expected 7 fields, found 2"));
    assertThat(row.kind).isNull();
  }

  @Test
  void rowWithALevelIsADesignationByAHeadOfThatLevelsBureau() {
    assertThat(check(MINHANG_HEAD, "UNIT", "u", "310112", "OTHER", "", "", "区级").level)
        .isEqualTo(PilotLevel.DISTRICT);
    assertThat(check(MINHANG_HEAD, "UNIT", "u", "310112", "OTHER", "", "", "区级").ok()).isTrue();

    assertThat(check(MINHANG, "UNIT", "u", "310112", "OTHER", "", "", "DISTRICT").errors)
        .extracting(FieldProblem::field)
        .containsExactly("level");
    assertThat(check(MINHANG_HEAD, "UNIT", "u", "310112", "OTHER", "", "", "市级").errors)
        .containsExactly(
            new FieldProblem(
                "level",
                "a MUNICIPAL-level pilot of district 310112 is designated by a head (role HEAD)"
                    + " of the municipal market-regulation bureau (MR-310000); leave level empty"
                    + " to nominate it"));
  }

  @Test
  void headerNamesColumnsInAnyOrderIgnoringCase() {
    Map<String, Integer> columns =
        PilotRow.columns(new CsvReader.Line(1, List.of("Industry", " DISTRICT ", "name", "kind")));

    assertThat(columns)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("industry", 0, "district", 1, "name", 2, "kind", 3));
  }

  @Test
  void headerRefusesUnknownRepeatedOrMissingColumns() {
    assertThatThrownBy(
            () -> PilotRow.columns(new CsvReader.Line(1, List.of("kind", "name", "owner"))))
        .isInstanceOf(DomainException.Invalid.class)
        .extracting(e -> ((DomainException) e).fields())
        .isEqualTo(
            List.of(
                new FieldProblem(
                    "header",
                    "unknown column 'owner'; the columns are kind, name, district, industry and"
                        + " optionally creditCode, park, level")));
    assertThatThrownBy(() -> PilotRow.columns(new CsvReader.Line(1, List.of("kind", "KIND"))))
        .extracting(e -> ((DomainException) e).fields())
        .isEqualTo(List.of(new FieldProblem("header", "column 'kind' appears twice")));
    assertThatThrownBy(() -> PilotRow.columns(new CsvReader.Line(1, List.of("name", "kind"))))
        .extracting(e -> ((DomainException) e).fields())
        .isEqualTo(List.of(new FieldProblem("header", "missing column(s) district, industry")));
  }
}
