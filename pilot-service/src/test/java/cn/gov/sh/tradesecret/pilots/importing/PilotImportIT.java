package cn.gov.sh.tradesecret.pilots.importing;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.creditCode;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.pilots.support.CsvUpload;
import cn.gov.sh.tradesecret.pilots.support.Events;
import cn.gov.sh.tradesecret.pilots.support.TestOnlyAccounts;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * CSV import: a good file, bad rows (all or nothing, or the good rows only), re-import, rows with a
 * level (a designation: the head of that level's bureau only), Pudong's counts.
 */
@PlatformIntegrationTest
class PilotImportIT {

  static final DemoAccount MINHANG = DemoAccount.MINHANG_OFFICER;

  /** Minhang's lists name designated pilots: its head imports them. */
  static final DemoAccount MINHANG_HEAD = TestOnlyAccounts.MINHANG_HEAD;

  static final String MINHANG_BUREAU =
      "a head (role HEAD) of the market-regulation bureau of district 310112 " + "(MR-310112)";
  static final String MUNICIPAL_BUREAU =
      "a head (role HEAD) of the municipal market-regulation bureau (MR-310000)";
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  int storedPilots() {
    return jdbc.queryForObject("select count(*) from pilot", Integer.class);
  }

  int storedPilotsNamed(String name) {
    return jdbc.queryForObject("select count(*) from pilot where name = ?", Integer.class, name);
  }

  ApiClient.Response upload(DemoAccount account, String mode, byte[] csv) {
    return CsvUpload.post(
        port, account, "/api/pilot-imports" + (mode == null ? "" : "?mode=" + mode), csv);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withBom(String text) {
    byte[] body = utf8(text);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  /**
   * A Minhang list as a spreadsheet saves it: BOM, CRLF, Chinese values, a quoted name with a
   * comma.
   */
  static String minhangList(String park, String unitCode, String designatedCode) {
    return "kind,name,district,industry,creditCode,park,level\r\n"
        + "园区,"
        + park
        + ",闵行区,人工智能,,,\r\n"
        + "单位,\"上海某芯片设计有限公司, 闵行分公司\",310112,集成电路,"
        + unitCode
        + ","
        + park
        + ",\r\n"
        + "UNIT,上海某生物医药有限公司,Minhang,BIOMEDICINE,"
        + designatedCode
        + ","
        + park
        + ",区级\r\n"
        + "站,"
        + park
        + "维权援助工作站,310112,OTHER,,,\r\n";
  }

  @Test
  void goodFileImportsEveryRowWithParksAndDesignationsAndPublishes() {
    String park = unique("闵行紫竹高新区");
    String designatedCode = creditCode("310112");
    byte[] csv = withBom(minhangList(park, creditCode("310112"), designatedCode));

    try (TopicProbe events =
        new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.PILOT_EVENTS)) {
      var response = upload(MINHANG_HEAD, null, csv);

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode report = response.json();
      assertThat(report.get("created").asInt()).isEqualTo(4);
      assertThat(report.get("rejected").asInt()).isZero();
      assertThat(report.get("rowReports").findValuesAsString("outcome")).containsOnly("CREATED");
      assertThat(report.get("rowReports").findValues("line"))
          .extracting(JsonNode::asInt)
          .containsExactly(2, 3, 4, 5);
      String parkId = report.get("rowReports").get(0).get("pilotId").asString();
      String unitId = report.get("rowReports").get(1).get("pilotId").asString();
      String designatedId = report.get("rowReports").get(2).get("pilotId").asString();
      JsonNode unit = api.as(MINHANG).get("/api/pilots/" + unitId).json();
      assertThat(unit.get("name").asString()).isEqualTo("上海某芯片设计有限公司, 闵行分公司");
      assertThat(unit.get("parkId").asString()).isEqualTo(parkId);
      assertThat(unit.get("industry").asString()).isEqualTo("INTEGRATED_CIRCUITS");
      assertThat(unit.get("status").asString()).isEqualTo("NOMINATED");
      JsonNode designated = api.as(MINHANG).get("/api/pilots/" + designatedId).json();
      assertThat(designated.get("status").asString()).isEqualTo("DESIGNATED");
      assertThat(designated.get("level").asString()).isEqualTo("DISTRICT");

      Events.await(events, unitId, "PilotNominated");
      assertThat(Events.await(events, designatedId, "PilotDesignated").value())
          .contains("\"creditCode\":\"" + designatedCode + "\"", "\"level\":\"DISTRICT\"");
    }
  }

  @Test
  void reImportOfTheSameFileCreatesNoDuplicates() {
    byte[] csv = utf8(minhangList(unique("闵行莘庄工业区"), creditCode("310112"), creditCode("310112")));
    JsonNode first = upload(MINHANG_HEAD, null, csv).json();
    int before = storedPilots();

    var again = upload(MINHANG_HEAD, null, csv);
    var withBom =
        upload(MINHANG_HEAD, "GOOD_ROWS_ONLY", withBom(new String(csv, StandardCharsets.UTF_8)));

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("existing").asInt()).isEqualTo(4);
    assertThat(again.json().get("rowReports").findValuesAsString("pilotId"))
        .isEqualTo(first.get("rowReports").findValuesAsString("pilotId"));
    assertThat(withBom.json().get("existing").asInt()).isEqualTo(4);
    assertThat(storedPilots()).isEqualTo(before);
  }

  /**
   * Two good rows (2, 9), and one wrong field in each other row (line 14's name holds U+0000, which
   * PostgreSQL cannot store); as Minhang's head imports it, the level of line 11 is wrong for being
   * municipal.
   */
  static String listWithBadRows(String park) {
    String code = creditCode("310112");
    return String.join(
        "\n",
        "kind,name,district,industry,creditCode,park,level",
        "PARK," + park + ",310112,ARTIFICIAL_INTELLIGENCE,,,",
        "UNIT,上海某甲公司,310112,AUTOMOTIVE,91310112MA1J3XXX0Q,,",
        "UNIT,上海某乙公司,999999,AUTOMOTIVE,,,",
        "UNIT,上海某丙公司,310000,AUTOMOTIVE,,,",
        "UNIT,,310112,AUTOMOTIVE,,,",
        "UNIT,上海某丁公司,310112,MINING,,,",
        "UNIT,上海某戊公司,310112,AUTOMOTIVE,,没有这个园区,",
        "UNIT,上海某己公司,310112,AUTOMOTIVE," + code + "," + park + ",",
        "UNIT,上海某己公司分号,310112,AUTOMOTIVE," + code + ",,",
        "UNIT,上海某庚公司,310112,AUTOMOTIVE,,,MUNICIPAL",
        "FACTORY,上海某辛公司,310112,AUTOMOTIVE,,,",
        "UNIT,上海某壬公司,310112,AUTOMOTIVE",
        "UNIT,上海某癸\u0000公司,310112,AUTOMOTIVE,,,");
  }

  static final List<String> BAD_FIELDS =
      List.of(
          "rows[3].creditCode",
          "rows[4].district",
          "rows[5].district",
          "rows[6].name",
          "rows[7].industry",
          "rows[8].park",
          "rows[10].creditCode",
          "rows[11].level",
          "rows[12].kind",
          "rows[13].row",
          "rows[14].name");

  @Test
  void oneBadRowImportsNothingAndTheProblemNamesEveryRowAndField() {
    int before = storedPilots();

    var response = upload(MINHANG_HEAD, null, utf8(listWithBadRows(unique("闵行马桥园"))));

    Problems.assertInvalid(response, BAD_FIELDS.toArray(String[]::new));
    assertThat(storedPilots()).isEqualTo(before);
  }

  @Test
  void goodRowsOnlyImportsTheGoodRowsAndReportsTheOthers() {
    int before = storedPilots();

    var response = upload(MINHANG_HEAD, "GOOD_ROWS_ONLY", utf8(listWithBadRows(unique("闵行马桥园"))));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("rejected").asInt()).isEqualTo(11);
    assertThat(storedPilots()).isEqualTo(before + 2);
    List<String> named = new ArrayList<>();
    for (JsonNode row : report.get("rowReports")) {
      if (row.get("outcome").asString().equals("REJECTED")) {
        row.get("errors")
            .forEach(
                e ->
                    named.add(
                        "rows[" + row.get("line").asInt() + "]." + e.get("field").asString()));
      }
    }
    assertThat(named).containsExactlyElementsOf(BAD_FIELDS);
    String unitInPark = report.get("rowReports").get(7).get("pilotId").asString();
    assertThat(api.as(MINHANG).get("/api/pilots/" + unitInPark).json().get("parkId").asString())
        .isEqualTo(report.get("rowReports").get(0).get("pilotId").asString());
  }

  /**
   * Two nominations (lines 2 and 5) around a district-level (3) and a municipal-level (4)
   * designated pilot.
   */
  static String minhangListWithLevels() {
    return String.join(
            "\n",
            "kind,name,district,industry,creditCode,level",
            "UNIT,"
                + unique("上海某闵行机器人有限公司")
                + ",310112,ARTIFICIAL_INTELLIGENCE,"
                + creditCode("310112")
                + ",",
            "UNIT,"
                + unique("上海某闵行芯片有限公司")
                + ",310112,INTEGRATED_CIRCUITS,"
                + creditCode("310112")
                + ",区级",
            "UNIT,"
                + unique("上海某闵行药业有限公司")
                + ",310112,BIOMEDICINE,"
                + creditCode("310112")
                + ",MUNICIPAL",
            "STATION," + unique("闵行商业秘密保护工作站") + ",310112,OTHER,,")
        + "\n";
  }

  @Test
  void rowsWithALevelFromAnOfficerWhoIsNotAHeadImportNothingAndTheProblemNamesTheirLevel() {
    int before = storedPilots();

    var response = upload(MINHANG, null, utf8(minhangListWithLevels()));

    Problems.assertInvalid(response, "rows[3].level", "rows[4].level");
    assertThat(response.json().get("errors").get(0).get("message").asString())
        .contains(MINHANG_BUREAU);
    assertThat(response.json().get("errors").get(1).get("message").asString())
        .contains(MUNICIPAL_BUREAU);
    assertThat(response.json().get("detail").asString()).contains("rows[3].level", "rows[4].level");
    assertThat(storedPilots()).isEqualTo(before);
  }

  @Test
  void goodRowsOnlyFromAnOfficerWhoIsNotAHeadNominatesAndRejectsTheRowsWithALevel() {
    int before = storedPilots();
    int designatedBefore =
        jdbc.queryForObject(
            "select count(*) from pilot where status = 'DESIGNATED'", Integer.class);

    var response = upload(MINHANG, "GOOD_ROWS_ONLY", utf8(minhangListWithLevels()));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("rejected").asInt()).isEqualTo(2);
    assertThat(report.get("rowReports").findValuesAsString("outcome"))
        .containsExactly("CREATED", "REJECTED", "REJECTED", "CREATED");
    for (JsonNode row : List.of(report.get("rowReports").get(1), report.get("rowReports").get(2))) {
      assertThat(row.get("errors").findValuesAsString("field")).containsExactly("level");
      assertThat(storedPilotsNamed(row.get("name").asString())).isZero();
    }
    assertThat(
            api.as(MINHANG)
                .get("/api/pilots/" + report.get("rowReports").get(0).get("pilotId").asString())
                .json()
                .get("status")
                .asString())
        .isEqualTo("NOMINATED");
    assertThat(storedPilots()).isEqualTo(before + 2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pilot where status = 'DESIGNATED'", Integer.class))
        .isEqualTo(designatedBefore);
  }

  static Stream<Arguments> notTheHeadOfTheLevelsBureau() {
    return Stream.of(
        Arguments.of(
            "officer of the district bureau, district level", MINHANG, "区级", MINHANG_BUREAU),
        Arguments.of(
            "officer of the district bureau, municipal level", MINHANG, "市级", MUNICIPAL_BUREAU),
        Arguments.of(
            "officer of the municipal bureau, municipal level",
            DemoAccount.MUNICIPAL_OFFICER,
            "MUNICIPAL",
            MUNICIPAL_BUREAU),
        Arguments.of(
            "head of the municipal bureau, district level",
            DemoAccount.MUNICIPAL_HEAD,
            "DISTRICT",
            MINHANG_BUREAU),
        Arguments.of(
            "head of the district bureau, municipal level",
            MINHANG_HEAD,
            "MUNICIPAL",
            MUNICIPAL_BUREAU));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTheHeadOfTheLevelsBureau")
  void aRowWithALevelIsRejectedUnlessTheImporterIsAHeadOfThatLevelsBureau(
      String why, DemoAccount account, String level, String needed) {
    int before = storedPilots();

    var response =
        upload(
            account,
            null,
            utf8(
                "kind,name,district,industry,level\n"
                    + "UNIT,"
                    + unique("上海某闵行公司")
                    + ",310112,OTHER,"
                    + level
                    + "\n"));

    Problems.assertInvalid(response, "rows[2].level");
    assertThat(response.json().get("errors").get(0).get("message").asString()).contains(needed);
    assertThat(storedPilots()).isEqualTo(before);
  }

  @Test
  void headOfTheMunicipalBureauImportsMunicipalLevelPilotsOfAnyDistrict() {
    var response =
        upload(
            DemoAccount.MUNICIPAL_HEAD,
            null,
            utf8(
                "kind,name,district,industry,level\n"
                    + "UNIT,"
                    + unique("上海某闵行公司")
                    + ",310112,OTHER,市级\n"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    String id = response.json().get("rowReports").get(0).get("pilotId").asString();
    JsonNode pilot = api.as(MINHANG).get("/api/pilots/" + id).json();
    assertThat(pilot.get("status").asString()).isEqualTo("DESIGNATED");
    assertThat(pilot.get("level").asString()).isEqualTo("MUNICIPAL");
    assertThat(
            api.as(MINHANG)
                .get("/api/pilots/" + id + "/history")
                .json()
                .findValuesAsString("actor"))
        .containsOnly("municipal-head");
  }

  static Stream<Arguments> unreadableFiles() {
    return Stream.of(
        Arguments.of("empty file", new byte[0], "file"),
        Arguments.of("header only", utf8("kind,name,district,industry\n"), "file"),
        Arguments.of(
            "unknown column",
            utf8("kind,name,district,industry,secretPoints\nUNIT,a,310112,OTHER,x\n"),
            "header"),
        Arguments.of("missing column", utf8("kind,name,industry\nUNIT,a,OTHER\n"), "header"),
        Arguments.of(
            "column twice",
            utf8("kind,name,name,district,industry\nUNIT,a,b,310112,OTHER\n"),
            "header"),
        Arguments.of(
            "unclosed quote", utf8("kind,name,district,industry\nUNIT,\"a,310112,OTHER\n"), "file"),
        Arguments.of(
            "not UTF-8",
            "kind,name,district,industry\nUNIT,上海某公司,310112,OTHER\n"
                .getBytes(java.nio.charset.Charset.forName("GB18030")),
            "file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableFiles")
  void unreadableFileIsRefusedNamingWhyAndStoresNothing(String why, byte[] csv, String field) {
    int before = storedPilots();

    var response = upload(MINHANG, null, csv);

    Problems.assertProblem(response, 400, "validation");
    assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(storedPilots()).isEqualTo(before);
  }

  @Test
  void unknownModeIsRefused() {
    var response =
        upload(
            MINHANG,
            "SOME_ROWS",
            utf8(minhangList(unique("p"), creditCode("310112"), creditCode("310112"))));

    Problems.assertProblem(response, 400, "validation");
    assertThat(response.json().get("errors").findValuesAsString("field")).contains("mode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALL_OR_NOTHING", "GOOD_ROWS_ONLY"})
  void aFileNamingAPilotOfAnotherDistrictIsRefusedWholeNamingTheRow(String mode) {
    int before = storedPilots();
    String csv =
        "kind,name,district,industry\n"
            + "UNIT,"
            + unique("上海某闵行公司")
            + ",310112,OTHER\n"
            + "UNIT,"
            + unique("上海某徐汇公司")
            + ",徐汇区,OTHER\n";

    var response = upload(MINHANG, mode, utf8(csv));

    JsonNode problem = Problems.assertProblem(response, 403, "forbidden");
    assertThat(problem.get("errors").findValuesAsString("field"))
        .containsExactly("rows[3].district");
    assertThat(storedPilots()).isEqualTo(before);
  }

  @Test
  void otherAgenciesDoNotImportPilots() {
    int before = storedPilots();

    var response =
        upload(
            DemoAccount.SONGJIANG_POLICE,
            null,
            utf8(minhangList(unique("p"), creditCode("310112"), creditCode("310112"))));

    Problems.assertProblem(response, 403, "forbidden");
    assertThat(storedPilots()).isEqualTo(before);
  }

  /** Pudong's list as the white paper counts it: 5 parks, 86 units, 9 stations and points. */
  static byte[] pudongList() {
    String[] parks = {"张江科学城", "金桥经济技术开发区", "外高桥保税区", "陆家嘴金融城", "世博地区"};
    String[] industries = {
      "INTEGRATED_CIRCUITS", "BIOMEDICINE", "ARTIFICIAL_INTELLIGENCE", "DATA_PRODUCTS", "COSMETICS"
    };
    StringBuilder csv = new StringBuilder("kind,name,district,industry,creditCode,park,level\n");
    for (String park : parks) {
      csv.append("PARK,浦东").append(park).append("商业秘密保护创新试点园区,310115,OTHER,,,\n");
    }
    for (int i = 0; i < 86; i++) {
      String park = "浦东" + parks[i % parks.length] + "商业秘密保护创新试点园区";
      csv.append("UNIT,上海浦东某科技有限公司")
          .append(i + 1)
          .append(",310115,")
          .append(industries[i % industries.length])
          .append(',')
          .append(creditCode("310115"))
          .append(',')
          .append(i % 3 == 0 ? "" : park)
          .append(',')
          .append(i < 20 ? "DISTRICT" : "")
          .append('\n');
    }
    for (int i = 0; i < 9; i++) {
      csv.append(i < 5 ? "STATION" : "POINT")
          .append(",浦东商业秘密保护")
          .append(i < 5 ? "工作站" : "服务点")
          .append(i + 1)
          .append(",310115,OTHER,,,\n");
    }
    return utf8(csv.toString());
  }

  @Test
  void pudongsCountsAreReproducedFromItsImportedList() {
    byte[] csv = pudongList();

    // 20 designated units on the list: imported by the bureau's head
    var imported = upload(TestOnlyAccounts.PUDONG_HEAD, null, csv);
    var again = upload(TestOnlyAccounts.PUDONG_HEAD, null, csv);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("created").asInt()).isEqualTo(100);
    assertThat(again.json().get("existing").asInt()).isEqualTo(100);
    JsonNode stats =
        api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilot-statistics?district=310115").json();
    JsonNode pilots = stats.get("pilots");
    assertThat(pilots.get("byKind").get("PARK").asLong()).isEqualTo(5);
    assertThat(pilots.get("byKind").get("UNIT").asLong()).isEqualTo(86);
    assertThat(
            pilots.get("byKind").get("STATION").asLong()
                + pilots.get("byKind").get("POINT").asLong())
        .isEqualTo(9);
    assertThat(pilots.get("active").asLong()).isEqualTo(100);
    assertThat(pilots.get("byLevel").get("DISTRICT").asLong()).isEqualTo(20);
    assertThat(pilots.get("byStatus").get("DESIGNATED").asLong()).isEqualTo(20);
    assertThat(pilots.get("byIndustry").get("INTEGRATED_CIRCUITS").asLong()).isEqualTo(18);
    JsonNode pudong = pilots.get("byDistrict").get(0);
    assertThat(pudong.get("district").asString()).isEqualTo("310115");
    assertThat(pudong.get("nationalPilotRegion").asBoolean()).isTrue();
    assertThat(stats.get("nationalPilotRegions").findValuesAsString("code"))
        .containsExactlyInAnyOrder("310101", "310112", "310115", "310120");
    // the district bureau sees the same counts of its own district by default
    assertThat(
            api.as(DemoAccount.PUDONG_OFFICER)
                .get("/api/pilot-statistics")
                .json()
                .get("pilots")
                .get("byKind"))
        .isEqualTo(pilots.get("byKind"));
  }

  @Test
  void importedRowsUseTheSameCreditCodeValidationAsNominations() {
    var response =
        upload(
            MINHANG,
            null,
            utf8(
                "kind,name,district,industry,creditCode\n"
                    + "UNIT,上海某公司,310112,OTHER,91310117MA1J3XXX0R\n"));

    Problems.assertInvalid(response, "rows[2].creditCode");
    assertThat(
            upload(
                    MINHANG,
                    null,
                    utf8(
                        "kind,name,district,industry,creditCode\n"
                            + "UNIT,"
                            + unique("上海某公司")
                            + ",310112,OTHER,91310117MA1J3XXX0Q\n"))
                .status())
        .isEqualTo(200);
  }
}
