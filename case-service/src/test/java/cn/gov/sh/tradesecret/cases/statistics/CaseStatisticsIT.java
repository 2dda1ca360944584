package cn.gov.sh.tradesecret.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationGranted;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRefused;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics and the yearly report on the white paper's 2025 cases ({@link WhitePaper2025}),
 * entered through the API once for the class; the ranges on cases of 2031 and 2032 in Qingpu. No
 * other test works in 2025, 2031 or 2032.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStatisticsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String QINGPU = "310118";

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;

  @BeforeAll
  void enterTheWhitePapersCasesOf2025() {
    api = ApiClient.onPort(port);
    clock.setTo(at("2025-06-16T10:00"));
    try {
      new WhitePaper2025(api, this::confirmed).enter();
    } finally {
      clock.reset();
    }
  }

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static java.time.Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  void confirmed(String caseId, String district) {
    publishReferralEvent(
        new ConfirmationGranted(
            UUID.randomUUID().toString(), caseId, district, "COURT-" + district, clock.instant()));
    await().atMost(PATIENCE).until(() -> "MEDIATION_CONFIRMED".equals(status(caseId)));
  }

  void refused(String caseId, String district) {
    publishReferralEvent(
        new ConfirmationRefused(
            UUID.randomUUID().toString(),
            caseId,
            district,
            "COURT-" + district,
            "the agreement waives a third party's rights",
            clock.instant()));
    await().atMost(PATIENCE).until(() -> "INVESTIGATING".equals(status(caseId)));
  }

  void publishReferralEvent(EventPayload payload) {
    EventEnvelope<EventPayload> event =
        EventEnvelope.of("referral-service", payload, clock.instant(), "corr-statistics");
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        Topics.REFERRAL_EVENTS,
        payload.aggregateId(),
        json.writeValueAsString(event));
  }

  String status(String caseId) {
    return api.as(DemoAccount.MUNICIPAL_OFFICER)
        .get("/api/cases/" + caseId)
        .json()
        .get("status")
        .asString();
  }

  static JsonNode row(JsonNode statistics, String district) {
    for (JsonNode row : statistics.get("districts")) {
      if (district.equals(row.get("district").asString())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + district);
  }

  /** The report downloaded as {@code account}, as the bytes the browser saves. */
  HttpResponse<byte[]> download(DemoAccount account, String query) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/cases/statistics/report?" + query))
            .header("Authorization", "Bearer " + TestIssuer.token(account))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The figures sheet of an XLSX report: each data row by district code, cells by label. */
  static Map<String, Map<String, BigDecimal>> figuresSheet(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.findSheet("统计报表").orElseThrow().read();
      Row header = rows.get(1);
      Map<String, Map<String, BigDecimal>> byDistrict = new HashMap<>();
      for (Row row : rows.subList(2, rows.size())) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (int c = 2; c < header.getCellCount(); c++) {
          String label = header.getCellAsString(c).orElseThrow();
          row.getCellAsNumber(c).ifPresent(value -> cells.put(label, value));
        }
        byDistrict.put(row.getCellAsString(0).orElseThrow(), cells);
      }
      return byDistrict;
    }
  }

  @Test
  void theYearsFiguresReproduceTheWhitePapersOf2025() {
    var response = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics?year=2025");

    assertThat(response.status()).isEqualTo(200);
    JsonNode year = response.json();
    assertThat(year.get("from").asInt()).isEqualTo(2025);
    assertThat(year.get("to").asInt()).isEqualTo(2025);
    JsonNode city = year.get("cityWide");
    assertThat(city.get("casesClosed").asLong()).isEqualTo(WhitePaper2025.CITY_CLOSED);
    assertThat(city.get("finesAndConfiscations").decimalValue())
        .isEqualByComparingTo(WhitePaper2025.CITY_FINES_AND_CONFISCATIONS);
    assertThat(row(year, "310104").get("casesClosed").asLong())
        .isEqualTo(WhitePaper2025.XUHUI_CLOSED);
    assertThat(row(year, "310104").get("finesAndConfiscations").decimalValue())
        .isEqualByComparingTo(WhitePaper2025.XUHUI_FINES_AND_CONFISCATIONS);
    assertThat(row(year, "310120").get("finesAndConfiscations").decimalValue())
        .isEqualByComparingTo(WhitePaper2025.FENGXIAN_FINES_AND_CONFISCATIONS);
    JsonNode songjiang = row(year, "310117");
    assertThat(songjiang.get("casesHandled").asLong()).isEqualTo(WhitePaper2025.SONGJIANG_HANDLED);
    assertThat(songjiang.get("casesClosed").asLong()).isEqualTo(WhitePaper2025.SONGJIANG_CLOSED);
    assertThat(songjiang.get("mediationSuccessRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(songjiang.get("penaltyExecutionRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(row(year, "310113").get("openCases").asLong())
        .isEqualTo(WhitePaper2025.BAOSHAN_OPEN);
    assertThat(row(year, "310151").get("casesHandled").asLong()).isZero();
    assertThat(row(year, "310151").get("mediationSuccessRate").isNull()).isTrue();
    assertThat(year.get("districts")).hasSize(17); // 16 districts and Lingang
    assertThat(
            year.get("breakdowns")
                .valueStream()
                .filter(b -> b.get("dimension").asString().equals("FOREIGN_RELATED"))
                .filter(b -> b.get("value").asString().equals("FOREIGN_RELATED"))
                .findFirst()
                .orElseThrow()
                .get("cases")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void theCitysXlsxReportOpensWithTheWhitePapersFiguresOf2025() throws Exception {
    HttpResponse<byte[]> response =
        download(DemoAccount.MUNICIPAL_OFFICER, "year=2025&format=xlsx");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("case-statistics-2025-310000.xlsx");
    // kept for a person to open in a spreadsheet program
    Files.createDirectories(Path.of("target", "reports"));
    Files.write(Path.of("target", "reports", "case-statistics-2025-310000.xlsx"), response.body());
    Map<String, Map<String, BigDecimal>> sheet = figuresSheet(response.body());
    assertThat(sheet).hasSize(18); // 16 districts, Lingang and the city
    Map<String, BigDecimal> city = sheet.get("310000");
    assertThat(city.get("结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.CITY_CLOSED));
    assertThat(city.get("罚没款（元）"))
        .isEqualByComparingTo(WhitePaper2025.CITY_FINES_AND_CONFISCATIONS);
    assertThat(sheet.get("310104").get("结案（件）")).isEqualByComparingTo("6");
    assertThat(sheet.get("310104").get("罚没款（元）"))
        .isEqualByComparingTo(WhitePaper2025.XUHUI_FINES_AND_CONFISCATIONS);
    assertThat(sheet.get("310106").get("结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.JINGAN_CLOSED));
    assertThat(sheet.get("310113").get("查办（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.BAOSHAN_HANDLED));
    assertThat(sheet.get("310113").get("结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.BAOSHAN_CLOSED));
    assertThat(sheet.get("310113").get("未结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.BAOSHAN_OPEN));
    assertThat(sheet.get("310112").get("立案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.MINHANG_FILED));
    assertThat(sheet.get("310114").get("立案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.JIADING_FILED));
    assertThat(sheet.get("310114").get("未结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.JIADING_OPEN));
    assertThat(sheet.get("310116").get("立案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.JINSHAN_FILED));
    assertThat(sheet.get("310120").get("结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.FENGXIAN_CLOSED));
    assertThat(sheet.get("310120").get("罚没款（元）"))
        .isEqualByComparingTo(WhitePaper2025.FENGXIAN_FINES_AND_CONFISCATIONS);
    Map<String, BigDecimal> songjiang = sheet.get("310117");
    assertThat(songjiang.get("查办（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.SONGJIANG_HANDLED));
    assertThat(songjiang.get("结案（件）"))
        .isEqualByComparingTo(BigDecimal.valueOf(WhitePaper2025.SONGJIANG_CLOSED));
    assertThat(songjiang.get("涉案金额（元）"))
        .isGreaterThan(WhitePaper2025.SONGJIANG_AMOUNT_INVOLVED_OVER);
    assertThat(songjiang.get("调解成功率")).isEqualByComparingTo("1");
    assertThat(songjiang.get("行政处罚执行率")).isEqualByComparingTo("1");
    assertThat(sheet.get("310107").get("涉外案件（件）")).isEqualByComparingTo("1");
    assertThat(sheet.get("310107").get("典型案例（件）")).isEqualByComparingTo("1");
    // no agreement answered, no penalty decided: no rate rather than 0 %
    assertThat(sheet.get("310151")).doesNotContainKeys("调解成功率", "行政处罚执行率");
  }

  @Test
  void aDistrictsXlsxReportHasItsOwnRowAndBreakdowns() throws Exception {
    HttpResponse<byte[]> response =
        download(DemoAccount.SONGJIANG_OFFICER, "year=2025&district=310117&format=xlsx");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(figuresSheet(response.body()).keySet()).containsExactly("310117");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.findSheet("统计报表").orElseThrow().read().get(0).getCellAsString(0))
          .contains("2025年松江区商业秘密侵权案件统计报表");
      Map<String, BigDecimal> cases = new HashMap<>();
      List<Row> breakdowns = workbook.findSheet("分类统计").orElseThrow().read();
      for (Row row : breakdowns.subList(1, breakdowns.size())) {
        cases.put(
            row.getCellAsString(0).orElseThrow() + "/" + row.getCellAsString(1).orElseThrow(),
            row.getCellAsNumber(2).orElseThrow());
      }
      assertThat(cases)
          .containsEntry("商业秘密类型/技术信息", new BigDecimal("7"))
          .containsEntry("商业秘密类型/经营信息", new BigDecimal("1"))
          .containsEntry("涉外/非涉外", new BigDecimal("8"))
          .containsEntry("涉案金额/250万元以上", new BigDecimal("1"))
          .containsEntry("涉案金额/30万元以上不满250万元", new BigDecimal("7"))
          .containsEntry("挽回损失/未记录", new BigDecimal("8"));
    }
  }

  @Test
  void theCitysCsvReportCarriesTheSameFiguresUnderChineseLabels() throws Exception {
    HttpResponse<byte[]> response =
        download(DemoAccount.MUNICIPAL_PROCURATOR, "year=2025&format=csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<CSVRecord> records =
        CSVFormat.EXCEL
            .builder()
            .get()
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(response.body(), 3, response.body().length - 3),
                    StandardCharsets.UTF_8))
            .getRecords();
    assertThat(records.get(0).get(0)).isEqualTo("2025年上海市商业秘密侵权案件统计报表");
    List<String> header = records.get(1).toList();
    CSVRecord city =
        records.stream().filter(r -> r.get(0).equals("310000")).findFirst().orElseThrow();
    assertThat(city.get(1)).isEqualTo("上海市");
    assertThat(city.get(header.indexOf("结案（件）"))).isEqualTo("22");
    assertThat(new BigDecimal(city.get(header.indexOf("罚没款（元）"))))
        .isEqualByComparingTo(WhitePaper2025.CITY_FINES_AND_CONFISCATIONS);
    assertThat(
            records.stream()
                .anyMatch(r -> r.get(0).equals("典型案例") && r.get(1).equals("市场监管总局 2025")))
        .isTrue();
  }

  @Test
  void aRangeOfYearsAddsTheYearsAndRatesCountOnlyAnsweredAgreementsAndDecidedPenalties() {
    WhitePaper2025 bureau = new WhitePaper2025(api, this::confirmed);
    clock.setTo(at("2031-03-10T10:00"));
    String executed = bureau.filed(QINGPU, WhitePaper2025.facts("TECHNICAL", "汽车", false, 500000));
    bureau.penalised(executed, 200000, 0, false);
    String unpaid = bureau.filed(QINGPU, WhitePaper2025.facts("BUSINESS", "汽车", true, 100000));
    bureau.decided(unpaid, 100000, 0, false);
    String refused = bureau.filed(QINGPU, WhitePaper2025.facts("TECHNICAL", "汽车", false, 100000));
    bureau.concluded(refused);
    refused(refused, QINGPU);
    String awaiting = bureau.filed(QINGPU, WhitePaper2025.facts("TECHNICAL", "汽车", false, 100000));
    bureau.concluded(awaiting);
    clock.setTo(at("2032-02-10T10:00"));
    String closedWithoutPenalty =
        bureau.filed(QINGPU, WhitePaper2025.facts("TECHNICAL", "汽车", false, 100000));
    assertThat(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .post(
                    "/api/cases/" + closedWithoutPenalty + "/closing",
                    Map.of("reason", "the information was public"))
                .status())
        .isEqualTo(200);
    clock.reset();

    JsonNode both =
        row(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .get("/api/cases/statistics?from=2031&to=2032")
                .json(),
            QINGPU);
    JsonNode first =
        row(
            api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics?year=2031").json(),
            QINGPU);
    JsonNode second =
        row(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .get("/api/cases/statistics?from=2032&to=2032")
                .json(),
            QINGPU);

    assertThat(both.get("casesFiled").asLong()).isEqualTo(5);
    assertThat(both.get("casesClosed").asLong()).isEqualTo(2);
    assertThat(both.get("openCases").asLong()).isEqualTo(3);
    assertThat(both.get("penaltiesDecided").asLong()).isEqualTo(2);
    assertThat(both.get("penaltiesExecuted").asLong()).isEqualTo(1);
    assertThat(both.get("penaltyExecutionRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(both.get("mediationsConcluded").asLong()).isEqualTo(2);
    assertThat(both.get("mediationsRefused").asLong()).isEqualTo(1);
    assertThat(both.get("mediationSuccessRate").decimalValue()).isEqualByComparingTo("0");
    assertThat(both.get("foreignRelatedCases").asLong()).isEqualTo(1);
    assertThat(first.get("casesFiled").asLong()).isEqualTo(4);
    assertThat(first.get("openCases").asLong()).isEqualTo(3);
    assertThat(first.get("fines").decimalValue()).isEqualByComparingTo("200000");
    assertThat(second.get("casesFiled").asLong()).isEqualTo(1);
    assertThat(second.get("casesHandled").asLong()).isEqualTo(4); // three still open, one closed
    assertThat(second.get("penaltiesDecided").asLong()).isZero();
    assertThat(second.get("penaltyExecutionRate").isNull()).isTrue();
  }

  @Test
  void aFailedMediationAndARecordedExecutionMakeTheRatesReal() {
    WhitePaper2025 bureau = new WhitePaper2025(api, this::confirmed);
    clock.setTo(at("2033-03-10T10:00"));
    String agreed = bureau.filed(QINGPU, WhitePaper2025.facts("TECHNICAL", "汽车", false, 100000));
    bureau.mediated(agreed, QINGPU);
    String failed = bureau.filed(QINGPU, WhitePaper2025.facts("TECHNICAL", "汽车", false, 100000));
    String penalised = bureau.filed(QINGPU, WhitePaper2025.facts("BUSINESS", "汽车", false, 100000));
    bureau.decided(penalised, 150000, 10000, false);
    bureau.closed(penalised);
    JsonNode before = row(statisticsOf2033(), QINGPU);

    bureau.mediationFailed(failed);
    bureau.paid(penalised, 160000);
    JsonNode after = row(statisticsOf2033(), QINGPU);
    clock.reset();

    assertThat(before.get("mediationsFailed").asLong()).isZero();
    assertThat(before.get("mediationSuccessRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(before.get("casesClosed").asLong()).isEqualTo(2);
    assertThat(before.get("penaltiesExecuted").asLong())
        .as("a closed case without a recorded execution is not executed")
        .isZero();
    assertThat(before.get("penaltyExecutionRate").decimalValue()).isEqualByComparingTo("0");
    assertThat(after.get("mediationsFailed").asLong()).isEqualTo(1);
    assertThat(after.get("mediationSuccessRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(after.get("penaltiesExecuted").asLong()).isEqualTo(1);
    assertThat(after.get("penaltyExecutionRate").decimalValue()).isEqualByComparingTo("1");
  }

  JsonNode statisticsOf2033() {
    var response = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics?year=2033");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void withoutYearsTheFiguresAreThisYearsAndARangeEndsThisYear() {
    clock.setTo(at("2025-12-31T23:00"));

    JsonNode thisYear = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics").json();
    JsonNode sinceLastYear =
        api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics?from=2024").json();

    assertThat(thisYear.get("from").asInt()).isEqualTo(2025);
    assertThat(thisYear.get("to").asInt()).isEqualTo(2025);
    assertThat(thisYear.get("cityWide").get("casesClosed").asLong())
        .isEqualTo(WhitePaper2025.CITY_CLOSED);
    assertThat(sinceLastYear.get("from").asInt()).isEqualTo(2024);
    assertThat(sinceLastYear.get("to").asInt()).isEqualTo(2025);
  }

  @Test
  void onlyMarketRegulationBureausAndProcuratoratesReadTheFigures() throws Exception {
    for (DemoAccount allowed :
        List.of(
            DemoAccount.SONGJIANG_OFFICER,
            DemoAccount.XUHUI_OFFICER,
            DemoAccount.MUNICIPAL_OFFICER,
            DemoAccount.SONGJIANG_PROCURATOR,
            DemoAccount.MUNICIPAL_PROCURATOR)) {
      assertThat(download(allowed, "year=2025&district=310117&format=csv").statusCode())
          .as(allowed.name())
          .isEqualTo(200);
    }
    for (DemoAccount refused :
        List.of(
            DemoAccount.SONGJIANG_POLICE,
            DemoAccount.SONGJIANG_COURT_JUDGE,
            DemoAccount.OPERATOR)) {
      Problems.assertProblem(
          api.as(refused).get("/api/cases/statistics?year=2025"), 403, "forbidden");
      Problems.assertProblem(
          api.as(refused).get("/api/cases/statistics/report?year=2025&district=310117"),
          403,
          "forbidden");
    }
    assertThat(api.withToken(null).get("/api/cases/statistics/report?year=2025").status())
        .isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from after to                  | /api/cases/statistics?from=2026&to=2025                 | from",
        "year before 2000               | /api/cases/statistics?year=1999                         | year",
        "year after 2100                | /api/cases/statistics?from=2025&to=2101                 | to",
        "year and a range               | /api/cases/statistics?year=2025&from=2024               | from",
        "year and a range's end         | /api/cases/statistics?year=2025&to=2025                 | to",
        "a year that is no number       | /api/cases/statistics?year=MMXXV                        | year",
        "report of a year out of range  | /api/cases/statistics/report?year=2101                  | year",
        "unknown district               | /api/cases/statistics/report?year=2025&district=310199  | district",
        "district of seven characters   | /api/cases/statistics/report?year=2025&district=3101170 | district",
        "format neither csv nor xlsx    | /api/cases/statistics/report?year=2025&format=pdf       | format",
      })
  void badParametersAreProblemsNamingTheParameter(String what, String path, String parameter) {
    Problems.assertInvalid(api.as(DemoAccount.MUNICIPAL_OFFICER).get(path), parameter);
  }

  @Test
  void aDistrictWithAnEmojiOrAControlCharacterIsRefusedNamingIt() {
    for (String district : List.of("松江\uD83D\uDE00", "3101\u0007")) {
      Problems.assertInvalid(
          api.as(DemoAccount.MUNICIPAL_OFFICER)
              .get(
                  "/api/cases/statistics/report?year=2025&district="
                      + URLEncoder.encode(district, StandardCharsets.UTF_8)),
          "district");
    }
  }
}
