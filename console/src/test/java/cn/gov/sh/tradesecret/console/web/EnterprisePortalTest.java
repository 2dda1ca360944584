package cn.gov.sh.tradesecret.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enterprise portal over a stand-in of enterprise-service's API: what an enterprise is offered
 * and refused, and how its forms reach the API and its refusals come back beside the fields. The
 * real APIs are in e2e-tests' ConsoleEnterpriseIT.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class EnterprisePortalTest {

  private static final Map<String, Object> NONE = Map.of("items", List.of());

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

  /** As the login maps the ID token's agency claim: {@code AGENCY_ENTERPRISE}. */
  static OidcLoginRequestPostProcessor songjiangEnterprise() {
    return oidcLogin()
        .authorities(new SimpleGrantedAuthority("AGENCY_ENTERPRISE"))
        .idToken(
            token ->
                token
                    .subject("songjiang-enterprise")
                    .claim("agency", "ENTERPRISE")
                    .claim("unit", "ENT-91310117MA1J3K5L0Y")
                    .claim("jurisdiction", "310117")
                    .claim("roles", List.of("REPRESENTATIVE")));
  }

  @Test
  void anEnterpriseStartsAtItsReportsAndIsOfferedOnlyItsPortal() throws Exception {
    given(api.get("/api/reports?size=50")).willReturn(Map.of("items", List.of(declined())));

    mvc.perform(get("/").with(songjiangEnterprise()))
        .andExpect(redirectedUrl("/enterprise/reports"));
    mvc.perform(get("/enterprise/reports").with(songjiangEnterprise()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ER-2026-000007")))
        .andExpect(content().string(containsString("证据不足")))
        .andExpect(content().string(containsString("href=\"/enterprise/deposits\"")))
        .andExpect(content().string(not(containsString("href=\"/leads"))))
        .andExpect(content().string(not(containsString("href=\"/cases"))))
        .andExpect(content().string(not(containsString("href=\"/notifications"))));
  }

  @Test
  void anEnterpriseOpeningAnOfficersPageIsRefusedWithoutCallingTheApi() throws Exception {
    for (String page : List.of("/leads", "/leads/new", "/cases/c1", "/referrals", "/pilots")) {
      mvc.perform(get(page).with(songjiangEnterprise())).andExpect(status().isForbidden());
    }
    verifyNoInteractions(api);
  }

  @Test
  void anOfficerOpeningTheEnterprisePortalIsRefused() throws Exception {
    mvc.perform(get("/enterprise/reports").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(status().isForbidden());
    verifyNoInteractions(api);
  }

  @Test
  void theReportFormCarriesOnlyItsOwnFields() throws Exception {
    mvc.perform(get("/enterprise/reports/new").with(songjiangEnterprise()))
        .andExpect(content().string(containsString("name=\"whatWasTaken\"")))
        .andExpect(content().string(not(containsString("name=\"reasons\""))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aReportGoesToTheApiWithItsFingerprintsOneALine() throws Exception {
    given(api.post(eq("/api/reports"), any(), eq(null))).willReturn(Map.of("id", "r1"));

    mvc.perform(
            post("/enterprise/reports")
                .with(songjiangEnterprise())
                .with(csrf())
                .param("enterpriseName", "上海某精密机械有限公司")
                .param("district", "310117")
                .param("secretType", "TECHNICAL")
                .param("whatWasTaken", "伺服驱动图纸")
                .param("howTaken", "离职工程师拷贝")
                .param("suspects[0].name", "张某")
                .param("estimatedLoss", "200,000")
                .param("evidenceFingerprints", "ab".repeat(32) + "\r\n\r\n " + "cd".repeat(32)))
        .andExpect(redirectedUrl("/enterprise/reports/r1"));

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).post(eq("/api/reports"), body.capture(), eq(null));
    Map<String, Object> report = (Map<String, Object>) body.getValue();
    assertThat(report.get("evidenceFingerprints"))
        .isEqualTo(List.of("ab".repeat(32), "cd".repeat(32)));
    assertThat(report.get("suspects")).asString().contains("张某");
    assertThat(report.get("estimatedLoss")).asString().isEqualTo("200000");
  }

  @Test
  void aRefusedReportShowsTheApisMessagesBesideTheirFieldsAndKeepsWhatWasTyped() throws Exception {
    given(api.post(eq("/api/reports"), any(), eq(null)))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "Invalid request",
                Map.of(
                    "suspects[0].creditCode", "not a valid unified social credit code",
                    "evidenceFingerprints[1]", "must be a SHA-256 fingerprint")));

    mvc.perform(
            post("/enterprise/reports")
                .with(songjiangEnterprise())
                .with(csrf())
                .param("enterpriseName", "上海某精密机械有限公司 🏭")
                .param("suspects[0].creditCode", "91310117MA1J3XXX0A")
                .param("evidenceFingerprints", "ab".repeat(32) + "\nnot-a-hash"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"suspects[0].creditCode-error\"")))
        .andExpect(content().string(containsString("not a valid unified social credit code")))
        .andExpect(content().string(containsString("id=\"evidenceFingerprints-error\"")))
        .andExpect(content().string(containsString("[1] must be a SHA-256 fingerprint")))
        .andExpect(content().string(containsString("value=\"上海某精密机械有限公司 🏭\"")))
        .andExpect(content().string(containsString("not-a-hash")));
  }

  @Test
  void theReportShowsTheBureausDecisionAndNothingOfItsInternals() throws Exception {
    given(api.get(eq("/api/reports/{id}"), anyString())).willReturn(declined());

    mvc.perform(get("/enterprise/reports/r1").with(songjiangEnterprise()))
        .andExpect(content().string(containsString("id=\"report-status\">不予立案<")))
        .andExpect(content().string(containsString("id=\"report-decline-reason\">证据不足<")));
  }

  @Test
  void theTimestampTokenIsDownloadedAsTheApiSignedIt() throws Exception {
    given(api.get(eq("/api/deposits/{id}"), anyString())).willReturn(EnterpriseTestData.deposit());

    mvc.perform(get("/enterprise/deposits/d1/token").with(songjiangEnterprise()))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string("Content-Disposition", containsString("filename=\"ED-2026-000003.tst\"")))
        .andExpect(content().bytes(EnterpriseTestData.TOKEN));
  }

  @Test
  void aDepositAlreadyMadeIsRefusedBesideTheFingerprint() throws Exception {
    given(api.get("/api/deposits?size=50")).willReturn(NONE);
    given(api.post(eq("/api/deposits"), any(), eq(null)))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "sha256: this fingerprint was already deposited",
                Map.of("sha256", "this fingerprint was already deposited")));

    mvc.perform(
            post("/enterprise/deposits")
                .with(songjiangEnterprise())
                .with(csrf())
                .param("sha256", "cd".repeat(32))
                .param("title", "伺服增益表")
                .param("category", "TECHNICAL_DRAWING"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"sha256-error\"")))
        .andExpect(content().string(containsString("this fingerprint was already deposited")));
  }

  @Test
  void aMalformedFingerprintIsRefusedBesideItsFieldInTheVerification() throws Exception {
    given(api.get(eq("/api/deposits/verification?sha256={sha256}"), eq("12\u0000")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "sha256: must be a SHA-256 fingerprint",
                Map.of("sha256", "must be a SHA-256 fingerprint: 64 hexadecimal digits")));

    mvc.perform(get("/verification").param("sha256", "12\u0000").with(songjiangEnterprise()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"sha256-error\"")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAnswersGoToTheApiByQuestionAndAMissingOneIsShownBesideItsQuestion() throws Exception {
    given(api.get(eq("/api/assessment-guides/{id}"), eq("ic-2026")))
        .willReturn(EnterpriseTestData.guide());
    given(api.post(eq("/api/self-assessments"), any(), eq(null)))
        .willThrow(
            new ApiProblem(
                400, "validation", "answers", Map.of("answers.STF-1", "must be answered")));

    mvc.perform(
            post("/enterprise/self-assessments")
                .with(songjiangEnterprise())
                .with(csrf())
                .param("guideId", "ic-2026")
                .param("answers.CLS-1", "YES")
                .param("answers.CLS-2", "NO")
                .param("shareWithBureau", "on"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"answers.STF-1-error\"")))
        .andExpect(content().string(containsString("must be answered")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "id=\"answers.CLS-2-NO\" name=\"answers.CLS-2\" value=\"NO\""
                            + " checked=\"checked\"")));

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).post(eq("/api/self-assessments"), body.capture(), eq(null));
    Map<String, Object> assessment = (Map<String, Object>) body.getValue();
    assertThat(assessment)
        .containsEntry("guideId", "ic-2026")
        .containsEntry("answers", Map.of("CLS-1", "YES", "CLS-2", "NO"))
        .containsEntry("shareWithBureau", true);
  }

  private static Map<String, Object> declined() {
    return EnterpriseTestData.declinedReport();
  }
}
