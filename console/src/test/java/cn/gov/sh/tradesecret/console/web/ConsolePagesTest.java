package cn.gov.sh.tradesecret.console.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console's pages over a stand-in of the APIs: what the officer sees of the APIs' answers and
 * refusals, and what the login asks of every request. The real APIs are in e2e-tests' ConsoleIT.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsolePagesTest {

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

  @Autowired ClientRegistrationRepository registrations;

  static OidcLoginRequestPostProcessor songjiangOfficer() {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject("songjiang-officer")
                    .claim("agency", "MARKET_REGULATION")
                    .claim("unit", "MR-310117")
                    .claim("jurisdiction", "310117")
                    .claim("roles", List.of("OFFICER")));
  }

  static OidcLoginRequestPostProcessor songjiangHead() {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject("songjiang-head")
                    .claim("agency", "MARKET_REGULATION")
                    .claim("unit", "MR-310117")
                    .claim("jurisdiction", "310117")
                    .claim("roles", List.of("OFFICER", "HEAD")));
  }

  @Test
  void aPageWithoutLoginGoesToIdentityService() throws Exception {
    mvc.perform(get("/cases").accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/oauth2/authorization/identity"));
  }

  @Test
  void anHtmxRequestOfAnExpiredSessionReloadsItsPage() throws Exception {
    mvc.perform(
            get("/inbox/entries")
                .header("HX-Request", "true")
                .header("HX-Current-URL", "http://127.0.0.1:8086/console/inbox"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("HX-Redirect", "http://127.0.0.1:8086/console/inbox"));
  }

  @Test
  void logoutEndsTheLoginAtIdentityServiceAndComesBackToTheAddressTheBrowserUsed()
      throws Exception {
    mvc.perform(
            post("/console/logout")
                .contextPath("/console")
                .with(csrf())
                .with(
                    songjiangOfficer()
                        .clientRegistration(
                            registrations.findByRegistrationId(SecurityConfiguration.REGISTRATION)))
                .header("Host", "127.0.0.1:18080"))
        .andExpect(status().isFound())
        .andExpect(
            redirectedUrl(
                "http://localhost:9000/connect/logout?id_token_hint=id-token"
                    + "&post_logout_redirect_uri=http://127.0.0.1:18080/console/"));
  }

  @Test
  void aFormWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/leads").with(songjiangOfficer()).param("source", "COMPLAINT"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aRefusedLeadShowsTheApisMessageBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
    given(api.post(eq("/api/leads"), any(), eq(null)))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "rightsHolder.creditCode: not a valid unified social credit code",
                Map.of("rightsHolder.creditCode", "not a valid unified social credit code")));

    mvc.perform(
            post("/leads")
                .with(songjiangOfficer())
                .with(csrf())
                .param("rightsHolder.name", "上海某精密机械有限公司 🏭")
                .param("rightsHolder.creditCode", "91310117MA1J3XXX0A"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"rightsHolder.creditCode-error\"")))
        .andExpect(content().string(containsString("not a valid unified social credit code")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("value=\"上海某精密机械有限公司 🏭\"")));
  }

  @Test
  void whatTheApiDoesNotFindIsOnlyNotFound() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString()))
        .willThrow(new ApiProblem(404, "not-found", "case C-2026-0001 of MR-310117", Map.of()));

    mvc.perform(get("/cases/6f1c1d6e-0000-0000-0000-000000000001").with(songjiangOfficer()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("未找到")))
        .andExpect(content().string(not(containsString("C-2026-0001"))));
  }

  @Test
  void aStaleEditAsksToReload() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.investigating());
    given(api.post(eq("/api/cases/{id}/penalty-decision"), any(), eq(3L), anyString()))
        .willThrow(new ApiProblem(412, "stale", "the resource changed", Map.of()));

    mvc.perform(
            post("/cases/c1/penalty-decision")
                .with(songjiangHead())
                .with(csrf())
                .param("version", "3")
                .param("fine", "150000")
                .param("confiscation", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该记录已被他人修改，请重新加载页面后再操作。")));
  }

  @Test
  void theHeadDecidesWithinTheLegalRangesTheApiReturnsForTheAct() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.investigating());

    mvc.perform(get("/cases/c1").with(songjiangHead()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("¥100,000.00 – ¥1,000,000.00")))
        .andExpect(content().string(containsString("¥500,000.00 – ¥5,000,000.00")))
        .andExpect(content().string(containsString("适用违法行为发生时的法律")))
        .andExpect(content().string(containsString("id=\"decide-penalty\"")));
  }

  @Test
  void withoutTheActsDaysThePenaltyWaitsForThem() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.withoutAct());

    mvc.perform(get("/cases/c1").with(songjiangHead()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"legal-range-pending\"")))
        .andExpect(content().string(containsString("id=\"record-act\"")))
        .andExpect(content().string(not(containsString("id=\"decide-penalty\""))));
  }

  @Test
  void anOfficerIsOfferedNoPenaltyDecision() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.investigating());

    mvc.perform(get("/cases/c1").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"record-act\"")))
        .andExpect(content().string(containsString("id=\"record-facts\"")))
        .andExpect(content().string(not(containsString("id=\"decide-penalty\""))));
  }

  @Test
  void aRefusedActShowsTheApisMessageBesideItsField() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.withoutAct());
    given(api.post(eq("/api/cases/{id}/act"), any(), eq(3L), eq("c1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "actStartedOn: must not lie after today",
                Map.of("actStartedOn", "must not lie after today")));

    mvc.perform(
            post("/cases/c1/act")
                .with(songjiangOfficer())
                .with(csrf())
                .param("version", "3")
                .param("actStartedOn", "2099-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"actStartedOn-error\"")))
        .andExpect(content().string(containsString("must not lie after today")))
        .andExpect(content().string(containsString("value=\"2099-01-01\"")));
  }

  @Test
  void recordedFactsGoToTheApiAsItNamesThem() throws Exception {
    mvc.perform(
            post("/cases/c1/facts")
                .with(songjiangOfficer())
                .with(csrf())
                .param("version", "3")
                .param("secretType", "TECHNICAL")
                .param("industry", "集成电路")
                .param("foreignRelated", "on")
                .param("amountInvolved", "1,200,000")
                .param("typicalCaseBy", "")
                .param("typicalCaseYear", ""))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/cases/c1"));

    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("secretType", "TECHNICAL");
    facts.put("industry", "集成电路");
    facts.put("foreignRelated", true);
    facts.put("amountInvolved", new BigDecimal("1200000"));
    facts.put("lossesRecovered", null);
    facts.put("typicalCaseBy", null);
    facts.put("typicalCaseYear", null);
    verify(api).post("/api/cases/{id}/facts", facts, 3L, "c1");
  }

  @Test
  void refusedFactsShowTheApisMessageBesideTheFieldAndKeepWhatWasTyped() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.investigating());
    given(api.post(eq("/api/cases/{id}/facts"), any(), eq(3L), eq("c1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "industry: must be plain text",
                Map.of("industry", "must be plain text")));

    mvc.perform(
            post("/cases/c1/facts")
                .with(songjiangOfficer())
                .with(csrf())
                .param("version", "3")
                .param("secretType", "BUSINESS")
                .param("industry", "芯片 🧪\u0007")
                .param("amountInvolved", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"industry-error\"")))
        .andExpect(content().string(containsString("must be plain text")))
        .andExpect(content().string(containsString("芯片 🧪")));
  }

  @Test
  void onlyTheMunicipalHeadIsOfferedTheDesignationAndADistrictBureauFilesOnlyOnceDesignated()
      throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.registered());

    mvc.perform(get("/leads/l1").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"awaiting-designation\"")))
        .andExpect(content().string(not(containsString("id=\"file-case\""))))
        .andExpect(content().string(not(containsString("id=\"designate\""))));
    mvc.perform(get("/leads/l1").with(municipalHead()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"designate\"")))
        .andExpect(content().string(containsString("id=\"file-case\"")));

    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.designated());
    mvc.perform(get("/leads/l1").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("沪市监法〔2026〕12号")))
        .andExpect(content().string(containsString("id=\"file-case\"")));
    mvc.perform(get("/leads/l1").with(municipalHead()))
        .andExpect(content().string(not(containsString("id=\"designate\""))));
  }

  @Test
  void aDesignationWithoutDocumentNumberShowsTheFieldError() throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.registered());
    given(api.post(eq("/api/leads/{id}/designation"), any(), eq(1L), eq("l1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "documentNumber: must not be blank",
                Map.of("documentNumber", "must not be blank")));

    mvc.perform(
            post("/leads/l1/designation")
                .with(municipalHead())
                .with(csrf())
                .param("version", "1")
                .param("documentNumber", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"documentNumber-error\"")))
        .andExpect(content().string(containsString("must not be blank")));
  }

  static OidcLoginRequestPostProcessor municipalHead() {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject("municipal-head")
                    .claim("agency", "MARKET_REGULATION")
                    .claim("unit", "MR-310000")
                    .claim("jurisdiction", "310000")
                    .claim("roles", List.of("OFFICER", "HEAD")));
  }

  @Test
  void aUnitSeesItsSubscriptionsAndMayRemoveOnlyThoseTheLawDoesNotRequire() throws Exception {
    given(api.getList("/api/subscriptions"))
        .willReturn(
            List.of(
                NotificationTestData.subscription("s1", "referral-events", true),
                NotificationTestData.subscription("s2", "LeadRegistered", false)));
    given(api.getList("/api/webhook-endpoints"))
        .willReturn(
            List.of(
                NotificationTestData.endpoint("e1", "MR-310117", "https://songjiang.example/hook"),
                NotificationTestData.endpoint("e2", "MR-310104", "https://xuhui.example/hook")));

    mvc.perform(get("/notifications").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"unsubscribe-s1\""))))
        .andExpect(content().string(containsString("id=\"unsubscribe-s2\"")))
        .andExpect(content().string(containsString("<option value=\"e1\">")))
        .andExpect(content().string(not(containsString("<option value=\"e2\">"))));
  }

  @Test
  void aRegisteredEndpointsSecretIsShownOnceAndARefusedUrlBesideItsField() throws Exception {
    given(api.getList(anyString())).willReturn(List.of());
    given(api.post(eq("/api/webhook-endpoints"), any(), eq(null)))
        .willReturn(
            NotificationTestData.secret(
                NotificationTestData.endpoint("e1", "MR-310117", "https://songjiang.example/hook"),
                "whsec_c2VjcmV0"))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "url: must be HTTPS to a public address",
                Map.of("url", "must be HTTPS to a public address")));

    mvc.perform(
            post("/notifications/endpoints")
                .with(songjiangOfficer())
                .with(csrf())
                .param("url", "https://songjiang.example/hook"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("whsec_c2VjcmV0")));
    String longUrl = "http://10.0.0.1/" + "😀".repeat(300);
    mvc.perform(
            post("/notifications/endpoints")
                .with(songjiangOfficer())
                .with(csrf())
                .param("url", longUrl))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"url-error\"")))
        .andExpect(content().string(containsString("must be HTTPS to a public address")))
        .andExpect(content().string(containsString(longUrl)))
        .andExpect(content().string(not(containsString("whsec_"))));
  }

  @Test
  void anOperatorStartsAtTheDeliveriesWhereARefusedReplayIsExplained() throws Exception {
    given(api.get("/api/deliveries?size=50")).willReturn(Map.of("items", List.of()));
    given(api.get("/api/dead-letters?size=50"))
        .willReturn(Map.of("items", List.of(NotificationTestData.deadLetter("d1"))));
    given(api.post(eq("/api/dead-letters/{id}/replay"), any(), eq(null), eq("d1")))
        .willThrow(new ApiProblem(409, "conflict", "already replayed", Map.of()));

    mvc.perform(get("/").with(operator())).andExpect(redirectedUrl("/notifications/deliveries"));
    mvc.perform(get("/notifications/deliveries").with(operator()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"dead-letter-d1\"")))
        .andExpect(content().string(containsString("/notifications/dead-letters/d1/replay")));
    mvc.perform(post("/notifications/dead-letters/d1/replay").with(operator()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("此操作与当前状态不符")));
  }

  @Test
  void anOperatorHasNoSubscriptionsOfItsOwn() throws Exception {
    given(api.getList("/api/webhook-endpoints")).willReturn(List.of());

    mvc.perform(get("/notifications").with(operator()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"subscription-form\""))))
        .andExpect(content().string(not(containsString("id=\"endpoint-form\""))));
    verify(api, never()).getList("/api/subscriptions");
  }

  static OidcLoginRequestPostProcessor operator() {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject("operator")
                    .claim("agency", "PLATFORM")
                    .claim("unit", "PLATFORM-310000")
                    .claim("jurisdiction", "310000")
                    .claim("roles", List.of("OPERATOR")));
  }

  @Test
  void theOwningHeadMayExtendTheCaseDeadlineByApprovalOnceThenOnlyByACollectiveDecision()
      throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.withDeadline(false));
    mvc.perform(get("/cases/c1").with(songjiangHead()))
        .andExpect(content().string(containsString("id=\"extend-deadline\"")))
        .andExpect(content().string(containsString("value=\"HEAD_APPROVAL\"")));

    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.withDeadline(true));
    mvc.perform(get("/cases/c1").with(songjiangHead()))
        .andExpect(content().string(not(containsString("value=\"HEAD_APPROVAL\""))))
        .andExpect(content().string(containsString("value=\"COLLECTIVE_DECISION\"")));
  }

  @Test
  void aHeadOfAnotherBureauIsOfferedNoneOfTheOwningHeadsSteps() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.withDeadline(false));

    mvc.perform(get("/cases/c1").with(municipalHead()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"extend-deadline\""))))
        .andExpect(content().string(not(containsString("id=\"decide-penalty\""))))
        .andExpect(content().string(not(containsString("id=\"propose-referral\""))));
  }

  @Test
  void theOwningBureausOfficerIsOfferedAFailedMediationAnotherUnitIsNot() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.investigating());

    mvc.perform(get("/cases/c1").with(songjiangOfficer()))
        .andExpect(content().string(containsString("id=\"record-mediation-failure\"")))
        .andExpect(content().string(containsString("权利人要求继续查处")))
        .andExpect(content().string(not(containsString("id=\"record-execution\""))));
    mvc.perform(get("/cases/c1").with(municipalHead()))
        .andExpect(content().string(not(containsString("id=\"record-mediation-failure\""))));
  }

  @Test
  void aPenaltysExecutionIsOfferedToTheOwningBureauAndARefusalShownBesideItsField()
      throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.penalised());
    given(api.post(eq("/api/cases/{id}/penalty-execution"), any(), eq(3L), eq("c1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "amountPaid: must not exceed the fine plus the confiscation, 150000 yuan",
                Map.of(
                    "amountPaid", "must not exceed the fine plus the confiscation, 150000 yuan")));

    mvc.perform(get("/cases/c1").with(municipalHead()))
        .andExpect(content().string(not(containsString("id=\"record-execution\""))));
    mvc.perform(
            post("/cases/c1/penalty-execution")
                .with(songjiangOfficer())
                .with(csrf())
                .param("version", "3")
                .param("manner", "PAID_IN_FULL")
                .param("amountPaid", "150,000.01")
                .param("documentNumber", "沪非税缴〔2026〕000123"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"record-execution\"")))
        .andExpect(content().string(containsString("id=\"amountPaid-error\"")))
        .andExpect(content().string(containsString("value=\"150,000.01\"")));

    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("manner", "PAID_IN_FULL");
    execution.put("executedOn", null);
    execution.put("amountPaid", new BigDecimal("150000.01"));
    execution.put("documentNumber", "沪非税缴〔2026〕000123");
    execution.put("court", null);
    verify(api).post("/api/cases/{id}/penalty-execution", execution, 3L, "c1");
  }

  @Test
  void aRefusedCaseExtensionShowsTheApisMessageBesideItsField() throws Exception {
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(CaseTestData.withDeadline(true));
    given(api.post(eq("/api/cases/{id}/deadline-extensions"), any(), eq(3L), eq("c1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "newDueDate: a collective decision names the new date",
                Map.of("newDueDate", "a collective decision names the new date")));

    mvc.perform(
            post("/cases/c1/deadline-extensions")
                .with(songjiangHead())
                .with(csrf())
                .param("version", "3")
                .param("basis", "COLLECTIVE_DECISION")
                .param("reason", "专家论证\u0000未完成 🧾"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"newDueDate-error\"")))
        .andExpect(content().string(containsString("a collective decision names the new date")));
  }

  @Test
  void onlyTheOwningHeadIsOfferedTheLeadsExtensionAndOnlyOnce() throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.withDeadline(false));
    mvc.perform(get("/leads/l1").with(songjiangHead()))
        .andExpect(content().string(containsString("id=\"extend-deadline\"")));
    mvc.perform(get("/leads/l1").with(songjiangOfficer()))
        .andExpect(content().string(not(containsString("id=\"extend-deadline\""))));
    mvc.perform(get("/leads/l1").with(municipalHead()))
        .andExpect(content().string(not(containsString("id=\"extend-deadline\""))));

    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.withDeadline(true));
    mvc.perform(get("/leads/l1").with(songjiangHead()))
        .andExpect(content().string(not(containsString("id=\"extend-deadline\""))));
  }

  @Test
  void aLeadExtensionWithoutReasonsShowsTheFieldErrorBesideTheReasons() throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.withDeadline(false));
    given(api.post(eq("/api/leads/{id}/deadline-extension"), any(), eq(1L), eq("l1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "reason: must not be blank",
                Map.of("reason", "must not be blank")));

    mvc.perform(
            post("/leads/l1/deadline-extension")
                .with(songjiangHead())
                .with(csrf())
                .param("version", "1")
                .param("extensionReason", "   "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"extensionReason-error\"")))
        .andExpect(content().string(containsString("must not be blank")));
  }

  @Test
  void thePoliceReferAMatterBackToTheirOwnDistrictsBureau() throws Exception {
    mvc.perform(
            post("/reverse-referrals")
                .with(songjiangPolice())
                .with(csrf())
                .param("ground", "NO_CRIME")
                .param("rightsHolder", "上海某精密机械有限公司")
                .param("suspects", "张某，李某, ")
                .param("originalCaseId", "")
                .param("summary", "No criminal facts were found."))
        .andExpect(redirectedUrl("/reverse-referrals"));

    Map<String, Object> reverse = new LinkedHashMap<>();
    reverse.put("district", "310117");
    reverse.put("originalCaseId", null);
    reverse.put("ground", "NO_CRIME");
    reverse.put("rightsHolder", "上海某精密机械有限公司");
    reverse.put("suspects", List.of("张某", "李某"));
    reverse.put("summary", "No criminal facts were found.");
    verify(api).post("/api/reverse-referrals", reverse, null);
  }

  @Test
  void aRefusedSuspectIsShownBesideTheSuspectsFieldAndOnlyThePoliceMaySubmit() throws Exception {
    given(api.get("/api/reverse-referrals?size=50")).willReturn(Map.of("items", List.of()));
    given(api.post(eq("/api/reverse-referrals"), any(), eq(null)))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "suspects[0]: size must be between 0 and 40",
                Map.of("suspects[0]", "size must be between 0 and 40")));
    String longName = "某".repeat(41) + "\u0007";

    mvc.perform(
            post("/reverse-referrals")
                .with(songjiangPolice())
                .with(csrf())
                .param("ground", "TOO_MINOR")
                .param("suspects", longName))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"suspects-error\"")))
        .andExpect(content().string(containsString("size must be between 0 and 40")));
    mvc.perform(get("/reverse-referrals").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"reverse-form\""))));
  }

  static OidcLoginRequestPostProcessor songjiangPolice() {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject("songjiang-police")
                    .claim("agency", "POLICE")
                    .claim("unit", "PSB-310117")
                    .claim("jurisdiction", "310117")
                    .claim("roles", List.of("OFFICER")));
  }

  @Test
  void anotherAgencysOfficerIsRefusedTheLeadFormEvenByItsAddress() throws Exception {
    mvc.perform(get("/leads/new").with(songjiangPolice()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("您无权进行此操作。")))
        .andExpect(content().string(not(containsString("rightsHolder.creditCode"))));
    mvc.perform(get("/leads/new").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("rightsHolder.creditCode")));
  }

  @Test
  void englishIsSwitchedWithTheLanguageParameter() throws Exception {
    given(api.get(anyString())).willReturn(Map.of("items", List.of()));

    mvc.perform(get("/").param("lang", "en").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("What falls due")))
        .andExpect(content().string(containsString("lang=\"en\"")));
  }

  @Test
  void navigationOffersOnlyWhatTheOfficersAgencyDoes() throws Exception {
    given(api.get(anyString())).willReturn(Map.of("items", List.of()));

    mvc.perform(
            get("/inbox")
                .with(
                    oidcLogin()
                        .idToken(
                            token ->
                                token
                                    .subject("songjiang-police")
                                    .claim("agency", "POLICE")
                                    .claim("roles", List.of("OFFICER")))))
        .andExpect(content().string(not(containsString("/console/leads/new"))));
  }

  @Test
  void onlyAJudgeIsOfferedTheConfirmationDecisionAndARefusalWithoutReasonsShowsTheFieldError()
      throws Exception {
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("id", "k1");
    request.put("caseId", "c1");
    request.put("caseNumber", "MR-310117-2026-0007");
    request.put("district", "310117");
    request.put("status", "REQUESTED");
    request.put("requestedAt", "2026-03-02T02:00:00Z");
    request.put("agreementSha256", "a".repeat(64));
    request.put("reasons", null);
    given(api.get("/api/confirmations?size=100")).willReturn(Map.of("items", List.of(request)));
    given(api.post(eq("/api/confirmations/{id}/refusal"), any(), eq(null), eq("k1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "reasons: must not be blank",
                Map.of("reasons", "must not be blank")));

    mvc.perform(get("/confirmations").with(courtMember("songjiang-court-clerk", "CLERK")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("MR-310117-2026-0007")))
        .andExpect(content().string(not(containsString("/confirmations/k1/grant"))));
    mvc.perform(
            post("/confirmations/k1/refusal")
                .with(courtMember("songjiang-court-judge", "JUDGE"))
                .with(csrf())
                .param("reasons", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/confirmations/k1/grant")))
        .andExpect(content().string(containsString("must not be blank")));
  }

  @Test
  void policeAndCourtsStartWhereTheirWorkIs() throws Exception {
    mvc.perform(
            get("/")
                .with(
                    oidcLogin()
                        .idToken(
                            token ->
                                token
                                    .subject("songjiang-police")
                                    .claim("agency", "POLICE")
                                    .claim("roles", List.of("OFFICER")))))
        .andExpect(redirectedUrl("/referrals"));
    mvc.perform(get("/").with(courtMember("songjiang-court-judge", "JUDGE")))
        .andExpect(redirectedUrl("/confirmations"));
  }

  static OidcLoginRequestPostProcessor courtMember(String name, String role) {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject(name)
                    .claim("agency", "COURT")
                    .claim("unit", "COURT-310117")
                    .claim("jurisdiction", "310117")
                    .claim("roles", List.of(role)));
  }
}
