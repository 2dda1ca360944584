package cn.gov.sh.tradesecret.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A bureau's work with a pilot over a stand-in of pilot-service: nomination, guidance visits,
 * health checks and their rectification items, and the API's refusals beside their fields. The real
 * API is in e2e-tests' ConsolePilotVisitsIT.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class PilotWorkPagesTest {

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

  @BeforeEach
  void pilot() {
    given(api.get(eq("/api/pilots/{id}"), any())).willReturn(PilotTestData.cultivating());
    given(api.getList(eq("/api/pilots/{id}/history"), any())).willReturn(List.of());
    given(api.getList(eq("/api/pilots/{id}/guidance-visits"), any())).willReturn(List.of());
    given(api.getList(eq("/api/health-checks?pilotId={id}"), any()))
        .willReturn(PilotTestData.healthChecks());
  }

  @Test
  void aRefusedNominationShowsTheCreditCodesErrorBesideItAndKeepsWhatWasTyped() throws Exception {
    given(api.post(eq("/api/pilots"), any(), eq(null)))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "creditCode: not a valid unified social credit code",
                Map.of("creditCode", "not a valid unified social credit code")));

    mvc.perform(
            post("/pilots")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("kind", "UNIT")
                .param("name", "上海某集成电路有限公司 🔬")
                .param("district", "310117")
                .param("industry", "INTEGRATED_CIRCUITS")
                .param("creditCode", "91310117MA1J3XXX0A"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"creditCode-error\"")))
        .andExpect(content().string(containsString("value=\"上海某集成电路有限公司 🔬\"")));
  }

  @Test
  void theRectificationItemsShowTheirStateAndOnlyUnrectifiedOnesOfferCompletion() throws Exception {
    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(containsString("逾期未整改")))
        .andExpect(content().string(containsString("已整改")))
        .andExpect(content().string(containsString("id=\"complete-i2\"")))
        .andExpect(content().string(not(containsString("id=\"complete-i1\""))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aVisitsOfficersAndTopicsGoAsListsAndARefusedTopicIsShownBesideTheTopics() throws Exception {
    given(api.post(eq("/api/pilots/{id}/guidance-visits"), any(), eq(null), eq("p1")))
        .willThrow(
            new ApiProblem(
                400, "validation", "topics[1]", Map.of("topics[1]", "size must be at most 200")));

    mvc.perform(
            post("/pilots/p1/guidance-visits")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("visitedOn", "2026-11-20")
                .param("officers", "王某，李某, 赵某")
                .param("topics", "保密协议\n" + "离职管理".repeat(60))
                .param("advice", "补签保密协议"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"topics-error\"")))
        .andExpect(content().string(containsString("[1] size must be at most 200")));

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).post(eq("/api/pilots/{id}/guidance-visits"), body.capture(), eq(null), eq("p1"));
    Map<String, Object> visit = (Map<String, Object>) body.getValue();
    assertThat(visit.get("officers")).isEqualTo(List.of("王某", "李某", "赵某"));
    assertThat((List<String>) visit.get("topics")).hasSize(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aHealthCheckWithoutAFindingIsRecordedAsACleanOne() throws Exception {
    mvc.perform(
            post("/pilots/p1/health-checks")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("checkedOn", "2026-11-20")
                .param("examiner", "松江区市场监管局")
                .param("findings[0].category", "OTHER")
                .param("findings[0].description", " "))
        .andExpect(redirectedUrl("/pilots/p1#health-checks"));

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).post(eq("/api/health-checks"), body.capture(), eq(null));
    assertThat((Map<String, Object>) body.getValue())
        .containsEntry("pilotId", "p1")
        .containsEntry("findings", List.of());
  }

  @Test
  void aRefusedCompletionIsShownBesideItsItemOnly() throws Exception {
    given(
            api.post(
                eq("/api/health-checks/{id}/rectifications/{itemId}/completion"),
                any(),
                eq(null),
                eq("h1"),
                eq("i2")))
        .willThrow(
            new ApiProblem(
                400, "validation", "completedOn", Map.of("completedOn", "must not be null")));

    mvc.perform(
            post("/pilots/p1/health-checks/h1/rectifications/i2/completion")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("must not be null")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
  }

  @Test
  void onlyTheHeadOfThePilotsDistrictIsOfferedTheDistrictLevelDesignation() throws Exception {
    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangHead()))
        .andExpect(content().string(containsString("id=\"designate\"")))
        .andExpect(content().string(containsString("value=\"DISTRICT\"")))
        .andExpect(content().string(not(containsString("value=\"MUNICIPAL\""))));

    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(not(containsString("id=\"designate\""))))
        .andExpect(content().string(containsString("id=\"withdraw\"")));
  }

  @Test
  void theMunicipalHeadDesignatesAtMunicipalLevelOnly() throws Exception {
    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.municipalHead()))
        .andExpect(content().string(containsString("value=\"MUNICIPAL\"")))
        .andExpect(content().string(not(containsString("value=\"DISTRICT\""))));
  }

  @Test
  void aDistrictLevelPilotIsReviewedByItsDistrictsHeadWhoCannotDowngradeIt() throws Exception {
    given(api.get(eq("/api/pilots/{id}"), any())).willReturn(PilotTestData.designated("DISTRICT"));

    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangHead()))
        .andExpect(content().string(containsString("id=\"record-review\"")))
        .andExpect(content().string(containsString("value=\"REVOKED\"")))
        .andExpect(content().string(not(containsString("value=\"DOWNGRADED\""))))
        .andExpect(content().string(not(containsString("id=\"withdraw\""))));

    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.municipalHead()))
        .andExpect(content().string(not(containsString("id=\"record-review\""))));
    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(not(containsString("id=\"record-review\""))));
  }

  @Test
  void aMunicipalLevelPilotIsReviewedByTheMunicipalHeadWhoMayDowngradeIt() throws Exception {
    given(api.get(eq("/api/pilots/{id}"), any())).willReturn(PilotTestData.designated("MUNICIPAL"));

    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.municipalHead()))
        .andExpect(content().string(containsString("value=\"DOWNGRADED\"")));
    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangHead()))
        .andExpect(content().string(not(containsString("id=\"record-review\""))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRevocationWithoutReasonsIsShownBesideTheReviewsReasonsWithTheYearAsANumber()
      throws Exception {
    given(api.get(eq("/api/pilots/{id}"), any())).willReturn(PilotTestData.designated("DISTRICT"));
    given(api.post(eq("/api/pilots/{id}/reviews"), any(), eq(null), eq("p1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "reason: a REVOKED review states its reasons",
                Map.of("reason", "a REVOKED review states its reasons")));

    mvc.perform(
            post("/pilots/p1/reviews")
                .with(ConsolePagesTest.songjiangHead())
                .with(csrf())
                .param("year", "2026")
                .param("outcome", "REVOKED")
                .param("reviewReason", "\u0007"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"reviewReason-error\"")))
        .andExpect(content().string(containsString("a REVOKED review states its reasons")))
        .andExpect(content().string(containsString("value=\"2026\"")));

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).post(eq("/api/pilots/{id}/reviews"), body.capture(), eq(null), eq("p1"));
    assertThat((Map<String, Object>) body.getValue())
        .containsEntry("year", new java.math.BigDecimal("2026"))
        .containsEntry("outcome", "REVOKED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWithdrawalSendsItsReasonsAndReturnsToThePilot() throws Exception {
    String reason = "企业申请退出 🏭 " + "理由".repeat(10);
    mvc.perform(
            post("/pilots/p1/withdrawal")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("withdrawalReason", reason))
        .andExpect(redirectedUrl("/pilots/p1"));

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).post(eq("/api/pilots/{id}/withdrawal"), body.capture(), eq(null), eq("p1"));
    assertThat((Map<String, Object>) body.getValue()).containsEntry("reason", reason);
  }

  @Test
  void aDesignationTheApiRefusesAsNotAllowedIsExplainedInPlace() throws Exception {
    given(api.post(eq("/api/pilots/{id}/designation"), any(), eq(null), eq("p1")))
        .willThrow(new ApiProblem(403, "forbidden", "needs a head", Map.of()));

    mvc.perform(
            post("/pilots/p1/designation")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("level", "DISTRICT"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theSharedSelfAssessmentsShowTheGuideAndTheScorePerAreaWithTheirTitles() throws Exception {
    given(api.getList(eq("/api/pilots/{id}/self-assessments"), any()))
        .willReturn(PilotTestData.sharedSelfAssessments());
    given(api.getList("/api/assessment-guides")).willReturn(PilotTestData.guides());

    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(containsString("集成电路企业商业秘密保护自评指引")))
        .andExpect(content().string(containsString("员工入职与离职")))
        .andExpect(content().string(containsString("62.5")))
        .andExpect(content().string(containsString("总分 71.3")));
  }

  @Test
  void withoutSharedSelfAssessmentsThePageSaysSoAndReadsNoGuide() throws Exception {
    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(containsString("该企业尚未共享自评结果。")));
    verify(api, org.mockito.Mockito.never()).getList("/api/assessment-guides");
  }

  @Test
  void aReviewInTheHistoryNamesItsYearWithoutGroupingAndALevelOnlyWhenItChanged() throws Exception {
    given(api.getList(eq("/api/pilots/{id}/history"), any()))
        .willReturn(PilotTestData.reviewedHistory());

    mvc.perform(get("/pilots/p1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(containsString("2026年度")))
        .andExpect(content().string(containsString("年度复核降级")))
        .andExpect(content().string(containsString("区级")))
        .andExpect(content().string(not(containsString("2,026"))));
  }
}
