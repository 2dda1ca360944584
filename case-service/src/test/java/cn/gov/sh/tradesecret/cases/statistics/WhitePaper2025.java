package cn.gov.sh.tradesecret.cases.statistics;

import static cn.gov.sh.tradesecret.cases.CaseTestData.SHA;
import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.headOf;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The cases of 2025 as the bureaus would have entered them, so that the platform's figures are the
 * white paper's ({@code /work/shared/seed/shanghai-trade-secret-whitepaper-2025.txt}). Each
 * district's count is the one its own report gives where it gives one; the fines and confiscations
 * not attributed to a district make up the city's total. The quoted sentences are the seed's.
 */
final class WhitePaper2025 {

  /** 上海市市场监管局 商业秘密保护整体推进情况, 四: "2025 年，办结商业秘密侵权案件 22 件，罚没款 167 万元". */
  static final long CITY_CLOSED = 22;

  static final BigDecimal CITY_FINES_AND_CONFISCATIONS = new BigDecimal("1670000");

  /** 徐汇区: "今年共办理6件商业秘密保护案件，罚没款2.1万元". */
  static final long XUHUI_CLOSED = 6;

  static final BigDecimal XUHUI_FINES_AND_CONFISCATIONS = new BigDecimal("21000");

  /** 静安区: "2025 年，共依法办结商业秘密相关案件 2 件". */
  static final long JINGAN_CLOSED = 2;

  /** 宝山区: "2025年通过直通站收集并严厉打击侵犯商业秘密案件5件，其中已结案1件，其余4件正在调查中". */
  static final long BAOSHAN_HANDLED = 5;

  static final long BAOSHAN_CLOSED = 1;
  static final long BAOSHAN_OPEN = 4;

  /** 闵行区: "区局立案侵权案件 3 件". */
  static final long MINHANG_FILED = 3;

  /** 嘉定区: "2025 年已立案查处 2 起涉嫌侵犯商业秘密案件……目前，案件均在调查中". */
  static final long JIADING_FILED = 2;

  static final long JIADING_OPEN = 2;

  /** 金山区: "年内立案查办商业秘密保护案件 1 件". */
  static final long JINSHAN_FILED = 1;

  /** 松江区: "全年查办商业秘密侵权案件 8 件，办结 3 件，涉案金额超 5000 万元，办结案件中涉案双方调解成功率 100%、行政处罚执行率 100%". */
  static final long SONGJIANG_HANDLED = 8;

  static final long SONGJIANG_CLOSED = 3;
  static final BigDecimal SONGJIANG_AMOUNT_INVOLVED_OVER = new BigDecimal("50000000");

  /** 奉贤区: "共查处商业秘密侵权案件 6 件，罚没款 30.64 万元"; "张某等三人侵犯商业秘密案件" a SAMR typical case. */
  static final long FENGXIAN_CLOSED = 6;

  static final BigDecimal FENGXIAN_FINES_AND_CONFISCATIONS = new BigDecimal("306400");

  /** 普陀区: "区局就安徽某聚乳酸有限公司侵犯商业秘密案制发处罚决定书，本案跨省协作，且系涉外案件。该案获评“2024年上海知识产权保护十大典型案例”". */
  static final String PUTUO_TYPICAL_CASE_BY = "2024年上海知识产权保护十大典型案例";

  private static final String MITIGATION =
      "first offence, losses compensated (Administrative Penalty Law art. 32)";

  private final ApiClient api;
  private final CourtAnswers court;

  /** The court's answer to a mediation agreement, as referral-service would publish it. */
  interface CourtAnswers {
    void confirm(String caseId, String district);
  }

  WhitePaper2025(ApiClient api, CourtAnswers court) {
    this.api = api;
    this.court = court;
  }

  /** Enters every case; the caller has set the clock in 2025. */
  void enter() {
    // Xuhui: 6 closed, 21,000 yuan (online games, as its report's focus)
    for (int i = 0; i < 6; i++) {
      penalised(filed("310104", facts("TECHNICAL", "网络游戏", false, 200000)), 3000, 500, true);
    }
    // Jing'an: 2 closed
    for (int i = 0; i < 2; i++) {
      penalised(filed("310106", facts("BUSINESS", "金融服务", false, 400000)), 100000, 0, false);
    }
    // Baoshan: 5, of which 1 closed and 4 under investigation (biomedicine park)
    penalised(filed("310113", facts("TECHNICAL", "生物医药", false, 150000)), 5000, 0, true);
    for (int i = 0; i < 4; i++) {
      filed("310113", facts("TECHNICAL", "生物医药", false, 150000));
    }
    // Songjiang: 8 handled, 3 closed (one mediation confirmed, two penalties executed), over 50
    // million yuan involved (the 月旭科技 case alone 48 million)
    mediated(filed("310117", facts("TECHNICAL", "仪器仪表", false, 48000000)), "310117");
    penalised(filed("310117", facts("TECHNICAL", "生物医药", false, 350000)), 300000, 42600, false);
    penalised(filed("310117", facts("BUSINESS", "人工智能", false, 350000)), 150000, 0, false);
    for (int i = 0; i < 5; i++) {
      filed("310117", facts("TECHNICAL", "人工智能", false, 350000));
    }
    // Fengxian: 6 closed, 306,400 yuan; the first business-information mediation with judicial
    // confirmation; 张某等三人, a SAMR typical case
    mediated(filed("310120", facts("BUSINESS", "化妆品", false, 600000)), "310120");
    Map<String, Object> typical = facts("TECHNICAL", "化妆品", false, 900000);
    typical.put("typicalCaseBy", "市场监管总局");
    typical.put("typicalCaseYear", 2025);
    penalised(filed("310120", typical), 60000, 6400, true);
    for (int i = 0; i < 4; i++) {
      penalised(filed("310120", facts("TECHNICAL", "化妆品", false, 300000)), 60000, 0, true);
    }
    // Putuo: the foreign-related polylactic-acid case, a typical case of 2024's list
    Map<String, Object> putuo = facts("TECHNICAL", "新材料", true, 100000000);
    putuo.put("typicalCaseBy", PUTUO_TYPICAL_CASE_BY);
    putuo.put("typicalCaseYear", 2025);
    putuo.put("lossesRecovered", 5000000);
    penalised(filed("310107", putuo), 250000, 0, false);
    // Yangpu: the 爱回收 report, closed
    penalised(filed("310110", facts("BUSINESS", "互联网", false, 500000)), 150000, 0, false);
    // Pudong: 2 of its ten since 2022, closed, with losses recovered
    Map<String, Object> pudong = facts("TECHNICAL", "集成电路", false, 3000000);
    pudong.put("lossesRecovered", 2000000);
    penalised(filed("310115", pudong), 120000, 0, false);
    penalised(filed("310115", facts("TECHNICAL", "集成电路", false, 2000000)), 125000, 0, false);
    // Minhang: 3 filed, under investigation; Jiading: 2 (automotive and games); Jinshan: 1
    for (int i = 0; i < 3; i++) {
      filed("310112", facts("TECHNICAL", "高端装备", false, 800000));
    }
    filed("310114", facts("TECHNICAL", "汽车", false, 1000000));
    filed("310114", facts("TECHNICAL", "网络游戏", false, 1000000));
    filed("310116", facts("TECHNICAL", "农业", false, 100000));
  }

  static Map<String, Object> facts(
      String secretType, String industry, boolean foreignRelated, long amountInvolved) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("secretType", secretType);
    facts.put("industry", industry);
    facts.put("foreignRelated", foreignRelated);
    facts.put("amountInvolved", amountInvolved);
    return facts;
  }

  /** Files a case in {@code district} with its facts; returns its id. */
  String filed(String district, Map<String, Object> facts) {
    String caseId =
        fileCase(api, DemoAccount.MUNICIPAL_OFFICER, district, 100000).get("id").asString();
    var recorded =
        api.as(DemoAccount.MUNICIPAL_OFFICER).post("/api/cases/" + caseId + "/facts", facts);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    return caseId;
  }

  /**
   * The district's head decides the penalty, the party pays it in full, and the case is closed once
   * it is executed.
   */
  void penalised(String caseId, int fine, int confiscation, boolean mitigated) {
    decided(caseId, fine, confiscation, mitigated);
    paid(caseId, fine + confiscation);
    closed(caseId);
  }

  /** An officer of the owning bureau records the penalty paid in full today. */
  void paid(String caseId, int amount) {
    var paid =
        api.as(ownersHead(caseId))
            .post(
                "/api/cases/" + caseId + "/penalty-execution",
                Map.of(
                    "manner",
                    "PAID_IN_FULL",
                    "executedOn",
                    api.as(DemoAccount.MUNICIPAL_OFFICER)
                        .get("/api/cases/" + caseId)
                        .json()
                        .get("penaltyDecidedOn")
                        .asString(),
                    "amountPaid",
                    amount,
                    "documentNumber",
                    "沪非税缴 " + caseId.substring(0, 8)));
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
  }

  /** A mediation that ended without an agreement, recorded by the owning bureau. */
  void mediationFailed(String caseId) {
    var failed =
        api.as(ownersHead(caseId))
            .post(
                "/api/cases/" + caseId + "/mediation-failure",
                Map.of("reason", "PARTIES_DID_NOT_AGREE"));
    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
  }

  /** The head of the owning bureau (the municipal bureau's for a case filed under No. 126). */
  DemoAccount ownersHead(String caseId) {
    JsonNode c = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/" + caseId).json();
    return c.get("owningUnit").asString().equals(DemoAccount.MUNICIPAL_HEAD.unit())
        ? DemoAccount.MUNICIPAL_HEAD
        : headOf(c.get("district").asString());
  }

  /**
   * The head of the owning bureau decides the penalty (the municipal bureau's for a case filed
   * under Order No. 126); the case stays open.
   */
  void decided(String caseId, int fine, int confiscation, boolean mitigated) {
    DemoAccount head = ownersHead(caseId);
    Map<String, Object> penalty = penalty(fine, confiscation);
    var decided =
        api.as(head)
            .post(
                "/api/cases/" + caseId + "/penalty-decision",
                mitigated ? with(penalty, "mitigationGrounds", MITIGATION) : penalty);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
  }

  /** A mediation agreement concluded, confirmed by the court, and the case closed. */
  void mediated(String caseId, String district) {
    concluded(caseId);
    court.confirm(caseId, district);
    closed(caseId);
  }

  void concluded(String caseId) {
    var concluded =
        api.as(DemoAccount.MUNICIPAL_OFFICER)
            .post("/api/cases/" + caseId + "/mediation", Map.of("agreementSha256", SHA));
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
  }

  void closed(String caseId) {
    var closed =
        api.as(DemoAccount.MUNICIPAL_OFFICER).post("/api/cases/" + caseId + "/closing", Map.of());
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
  }
}
