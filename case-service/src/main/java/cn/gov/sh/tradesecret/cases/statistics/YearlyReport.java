package cn.gov.sh.tradesecret.cases.statistics;

import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The consolidated yearly report (统计报表) of a district, or of the city with every district's row and
 * the total: the year's {@link Figures} and the breakdowns of the cases handled, under the Chinese
 * labels of the glossary, as CSV or XLSX.
 */
@Component
public class YearlyReport {

  /** The figures' columns, in order: label and value. */
  static final List<Map.Entry<String, Function<Figures, Object>>> COLUMNS =
      List.of(
          Map.entry("案件线索（件）", Figures::leads),
          Map.entry("立案（件）", Figures::casesFiled),
          Map.entry("查办（件）", Figures::casesHandled),
          Map.entry("结案（件）", Figures::casesClosed),
          Map.entry("未结案（件）", Figures::openCases),
          Map.entry("罚款（元）", Figures::fines),
          Map.entry("没收违法所得（元）", Figures::confiscations),
          Map.entry("罚没款（元）", Figures::finesAndConfiscations),
          Map.entry("提请移送（件）", Figures::referralsProposed),
          Map.entry("调解协议（件）", Figures::mediationsConcluded),
          Map.entry("司法确认（件）", Figures::mediationsConfirmed),
          Map.entry("不予确认（件）", Figures::mediationsRefused),
          Map.entry("调解不成（件）", Figures::mediationsFailed),
          Map.entry("调解成功率", Figures::mediationSuccessRate),
          Map.entry("行政处罚决定（件）", Figures::penaltiesDecided),
          Map.entry("执行完毕（件）", Figures::penaltiesExecuted),
          Map.entry("行政处罚执行率", Figures::penaltyExecutionRate),
          Map.entry("涉案金额（元）", Figures::amountInvolved),
          Map.entry("挽回损失（元）", Figures::lossesRecovered),
          Map.entry("涉外案件（件）", Figures::foreignRelatedCases),
          Map.entry("典型案例（件）", Figures::typicalCases));

  static final List<String> BREAKDOWN_COLUMNS = List.of("分类", "项目", "查办（件）", "涉案金额（元）", "挽回损失（元）");

  static final Map<Breakdown.Dimension, String> DIMENSIONS =
      Map.of(
          Breakdown.Dimension.SECRET_TYPE, "商业秘密类型",
          Breakdown.Dimension.INDUSTRY, "行业",
          Breakdown.Dimension.FOREIGN_RELATED, "涉外",
          Breakdown.Dimension.AMOUNT_INVOLVED, "涉案金额",
          Breakdown.Dimension.LOSSES_RECOVERED, "挽回损失",
          Breakdown.Dimension.TYPICAL_CASE, "典型案例");

  static final Map<String, String> VALUES =
      Map.ofEntries(
          Map.entry("TECHNICAL", "技术信息"),
          Map.entry("BUSINESS", "经营信息"),
          Map.entry("FOREIGN_RELATED", "涉外"),
          Map.entry("DOMESTIC", "非涉外"),
          Map.entry("UNDER_300000", "不满30万元"),
          Map.entry("FROM_300000", "30万元以上不满250万元"),
          Map.entry("FROM_2500000", "250万元以上"),
          Map.entry("RECOVERED", "有挽回损失"),
          Map.entry("NONE", "无挽回损失"),
          Map.entry(Breakdown.UNRECORDED, "未记录"));

  static final List<String> NOTES =
      List.of(
          "统计口径：按上海时间的自然年度；查办案件指年度结束前立案且年度开始前未结案的案件，分类统计与涉案金额、挽回损失、涉外、典型案例均按查办案件计。",
          "罚没款为本年度结案案件的罚款与没收违法所得之和。",
          "调解成功率：经人民法院司法确认的调解协议占人民法院已作出答复（确认或不予确认）的调解协议的比例；未达成调解协议的调解平台未记录，不计入。",
          "行政处罚执行率：本年度作出的行政处罚决定中，至年度结束已结案（执行完毕）的比例；平台未记录缴款，按结案计。");

  private final CaseStatistics statistics;

  YearlyReport(CaseStatistics statistics) {
    this.statistics = statistics;
  }

  /** One report: its title, the rows of figures (the city's last) and the breakdowns. */
  public record Report(
      int year, String district, String title, List<Figures> rows, List<Breakdown> breakdowns) {}

  /** The report of {@code year} for {@code district}, {@code 310000} for the city. */
  public Report of(int year, String district) {
    District scope =
        Districts.find(district)
            .orElseThrow(
                () ->
                    DomainException.invalidField("district", "unknown district code " + district));
    YearRange range = new YearRange(year, year);
    List<Figures> rows;
    if (scope.isMunicipal()) {
      List<Figures> districts = statistics.districts(range);
      rows =
          Stream.concat(districts.stream(), Stream.of(CaseStatistics.cityWide(districts))).toList();
    } else {
      rows = List.of(statistics.figuresOf(range, scope.code()));
    }
    return new Report(
        year,
        scope.code(),
        year + "年" + scope.nameZh() + "商业秘密侵权案件统计报表",
        rows,
        statistics.breakdowns(range, scope.code()));
  }

  /** The report as {@code format}. */
  public byte[] write(Report report, ReportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case CSV -> writeCsv(report, out);
        case XLSX -> writeXlsx(report, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeCsv(Report report, ByteArrayOutputStream out) throws IOException {
    // A byte-order mark: spreadsheet programs then read the Chinese labels as UTF-8.
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter csv =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
      csv.printRecord(report.title());
      csv.print("区划代码");
      csv.print("地区");
      for (var column : COLUMNS) {
        csv.print(column.getKey());
      }
      csv.println();
      for (Figures row : report.rows()) {
        csv.print(row.district());
        csv.print(districtName(row.district()));
        for (var column : COLUMNS) {
          csv.print(csvValue(column.getValue().apply(row)));
        }
        csv.println();
      }
      csv.println();
      csv.printRecord(BREAKDOWN_COLUMNS);
      for (Breakdown b : report.breakdowns()) {
        csv.printRecord(
            DIMENSIONS.get(b.dimension()),
            label(b.value()),
            b.cases(),
            b.amountInvolved().toPlainString(),
            b.lossesRecovered().toPlainString());
      }
      csv.println();
      for (String note : NOTES) {
        csv.printRecord("说明", note);
      }
    }
  }

  private static void writeXlsx(Report report, ByteArrayOutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "trade-secret-platform", "1.0");
    Worksheet figures = workbook.newWorksheet("统计报表");
    figures.value(0, 0, report.title());
    figures.style(0, 0).bold().set();
    figures.value(1, 0, "区划代码");
    figures.value(1, 1, "地区");
    for (int c = 0; c < COLUMNS.size(); c++) {
      figures.value(1, c + 2, COLUMNS.get(c).getKey());
    }
    figures.range(1, 0, 1, COLUMNS.size() + 1).style().bold().wrapText(true).set();
    int r = 2;
    for (Figures row : report.rows()) {
      figures.value(r, 0, row.district());
      figures.value(r, 1, districtName(row.district()));
      for (int c = 0; c < COLUMNS.size(); c++) {
        Object value = COLUMNS.get(c).getValue().apply(row);
        if (value instanceof Number number) {
          figures.value(r, c + 2, number);
          figures.style(r, c + 2).format(formatOf(COLUMNS.get(c).getKey())).set();
        }
      }
      r++;
    }
    figures.width(1, 14);

    Worksheet breakdowns = workbook.newWorksheet("分类统计");
    for (int c = 0; c < BREAKDOWN_COLUMNS.size(); c++) {
      breakdowns.value(0, c, BREAKDOWN_COLUMNS.get(c));
    }
    breakdowns.range(0, 0, 0, BREAKDOWN_COLUMNS.size() - 1).style().bold().set();
    r = 1;
    for (Breakdown b : report.breakdowns()) {
      breakdowns.value(r, 0, DIMENSIONS.get(b.dimension()));
      breakdowns.value(r, 1, label(b.value()));
      breakdowns.value(r, 2, b.cases());
      breakdowns.value(r, 3, b.amountInvolved());
      breakdowns.style(r, 3).format("#,##0.00").set();
      breakdowns.value(r, 4, b.lossesRecovered());
      breakdowns.style(r, 4).format("#,##0.00").set();
      r++;
    }
    breakdowns.width(1, 30);

    Worksheet notes = workbook.newWorksheet("说明");
    for (int n = 0; n < NOTES.size(); n++) {
      notes.value(n, 0, NOTES.get(n));
    }
    workbook.finish();
  }

  private static String formatOf(String label) {
    if (label.endsWith("率")) {
      return "0.0%";
    }
    return label.endsWith("（元）") ? "#,##0.00" : "0";
  }

  private static String csvValue(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    return value.toString();
  }

  private static String districtName(String code) {
    return Districts.find(code).map(District::nameZh).orElse(code);
  }

  private static String label(String value) {
    return VALUES.getOrDefault(value, value);
  }
}
