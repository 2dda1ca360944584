package cn.gov.sh.tradesecret.console.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The municipal bureau's designation (SAMR Order No. 126) on the lead and case pages, as the filing
 * rule the lead API reports decides (never a rule of the console's own), over a stand-in of the
 * APIs; in the browser on the real platform: e2e-tests' ConsoleLeadDesignationIT.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class LeadDesignationPagesTest {

  private static final String RULE =
      "under SAMR-ORDER-126, in force from 2026-06-01, a trade-secret case is filed by the"
          + " municipal bureau, or by a district bureau the municipal bureau designated: this lead"
          + " has no designation";

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

  @Test
  void aFilingTheRuleRefusesIsExplainedOnTheLeadPageNamingTheRule() throws Exception {
    given(api.post(eq("/api/leads/{id}/filing"), any(), eq(1L), eq("l1")))
        .willThrow(new ApiProblem(409, "conflict", RULE, Map.of()));
    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.registered());

    mvc.perform(
            post("/leads/l1/filing")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("version", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("此操作与当前状态不符。")))
        .andExpect(content().string(containsString(RULE)))
        .andExpect(content().string(containsString("id=\"awaiting-designation\"")))
        .andExpect(content().string(not(containsString("操作未完成"))));
  }

  @Test
  void theAwaitingHintNamesTheRuleInForceWithItsDate() throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString())).willReturn(LeadTestData.registered());

    mvc.perform(get("/leads/l1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "待市局指定管辖后方可立案（" + LeadTestData.ORDER_126_TITLE + "，自2026-06-01起施行）")));
  }

  @Test
  void withNoFilingRuleInForceTheDistrictBureauFilesAndNoDesignationIsOffered() throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString()))
        .willReturn(LeadTestData.underFilingRule(null));

    mvc.perform(get("/leads/l1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"file-case\"")))
        .andExpect(content().string(not(containsString("id=\"awaiting-designation\""))))
        .andExpect(content().string(not(containsString("id=\"municipal-files\""))));
    mvc.perform(get("/leads/l1").with(ConsolePagesTest.municipalHead()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"designate\""))));
  }

  @Test
  void underARuleWithoutDesignationOnlyTheMunicipalBureauIsOfferedTheFiling() throws Exception {
    given(api.get(eq("/api/leads/{id}"), anyString()))
        .willReturn(
            LeadTestData.underFilingRule(
                LeadTestData.filingRule("MUNICIPAL-ONLY", "某规定", "2027-01-01", false)));

    mvc.perform(get("/leads/l1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"municipal-files\"")))
        .andExpect(content().string(containsString("依某规定（自2027-01-01起施行）")))
        .andExpect(content().string(not(containsString("id=\"file-case\""))));
    mvc.perform(get("/leads/l1").with(ConsolePagesTest.municipalHead()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"file-case\"")))
        .andExpect(content().string(not(containsString("id=\"designate\""))));
  }

  @Test
  void aFilingRefusedForAnotherReasonStillGoesToTheRefusalPage() throws Exception {
    given(api.post(eq("/api/leads/{id}/filing"), any(), eq(1L), eq("l1")))
        .willThrow(new ApiProblem(403, "forbidden", "not the lead's bureau", Map.of()));

    mvc.perform(
            post("/leads/l1/filing")
                .with(ConsolePagesTest.songjiangOfficer())
                .with(csrf())
                .param("version", "1"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("您无权进行此操作。")));
  }

  @Test
  void theCasePageShowsTheDesignationTheDistrictBureauFiledWith() throws Exception {
    Map<String, Object> designated = CaseTestData.investigating();
    designated.put("designatedBy", "municipal-head");
    designated.put("designatedAt", "2026-07-03T02:00:00Z");
    designated.put("designationDocument", "沪市监法〔2026〕12号");
    given(api.get(eq("/api/cases/{id}"), anyString())).willReturn(designated);

    mvc.perform(get("/cases/c1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("沪市监法〔2026〕12号 · municipal-head · 2026-07-03 10:00")));
  }
}
