package cn.gov.sh.tradesecret.console.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The procuratorate's supervision of a declined referral on the referral page: each agency is
 * offered its own steps at the supervision's stage, and a refused step's message stands beside that
 * step's reasons. The real API is in e2e-tests' ConsoleSupervisionIT.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class ReferralSupervisionTest {

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

  @BeforeEach
  void historyAndClocks() {
    given(api.getList(eq("/api/referrals/{id}/history"), any())).willReturn(List.of());
    given(api.getList(eq("/api/referrals/{id}/deadlines"), any())).willReturn(List.of());
  }

  static OidcLoginRequestPostProcessor songjiang(String account, String agency, String role) {
    return oidcLogin()
        .idToken(
            token ->
                token
                    .subject(account)
                    .claim("agency", agency)
                    .claim("jurisdiction", "310117")
                    .claim("roles", List.of(role)));
  }

  @Test
  void theBureauIsOfferedTheRequestOfADeclinedReferralAndNoProcuratorsStep() throws Exception {
    given(api.get(eq("/api/referrals/{id}"), any())).willReturn(ReferralTestData.declined("NONE"));

    mvc.perform(get("/referrals/r1").with(ConsolePagesTest.songjiangOfficer()))
        .andExpect(content().string(containsString("id=\"request-supervision\"")))
        .andExpect(content().string(not(containsString("id=\"order-filing\""))))
        .andExpect(content().string(not(containsString("id=\"referral-supervision\""))));
  }

  @Test
  void theProcuratorIsOfferedTheSupervisionStepsOfARequestedSupervision() throws Exception {
    given(api.get(eq("/api/referrals/{id}"), any()))
        .willReturn(ReferralTestData.declined("REQUESTED"));

    mvc.perform(
            get("/referrals/r1")
                .with(songjiang("songjiang-procurator", "PROCURATORATE", "PROCURATOR")))
        .andExpect(content().string(containsString("已提请检察机关立案监督")))
        .andExpect(content().string(containsString("id=\"require-explanation\"")))
        .andExpect(content().string(containsString("id=\"order-filing\"")))
        .andExpect(content().string(containsString("id=\"close-supervision\"")))
        .andExpect(content().string(not(containsString("id=\"request-supervision\""))));
  }

  @Test
  void thePoliceAreOfferedOnlyTheExplanationOnceRequiredAndTheFilingOnceOrdered() throws Exception {
    given(api.get(eq("/api/referrals/{id}"), any()))
        .willReturn(ReferralTestData.declined("EXPLANATION_REQUIRED"));
    mvc.perform(get("/referrals/r1").with(songjiang("songjiang-police", "POLICE", "OFFICER")))
        .andExpect(content().string(containsString("id=\"explain\"")))
        .andExpect(content().string(not(containsString("id=\"order-filing\""))))
        .andExpect(content().string(not(containsString("id=\"accept\""))));

    given(api.get(eq("/api/referrals/{id}"), any()))
        .willReturn(ReferralTestData.declined("FILING_ORDERED"));
    mvc.perform(get("/referrals/r1").with(songjiang("songjiang-police", "POLICE", "OFFICER")))
        .andExpect(content().string(containsString("id=\"accept\"")))
        .andExpect(content().string(not(containsString("id=\"explain\""))));
  }

  @Test
  void aSupervisionStepPostsItsReasonsToItsSubResource() throws Exception {
    mvc.perform(
            post("/referrals/r1/filing-order")
                .with(songjiang("songjiang-procurator", "PROCURATORATE", "PROCURATOR"))
                .with(csrf())
                .param("reasons", "不立案理由不能成立"))
        .andExpect(redirectedUrl("/referrals/r1"));

    verify(api)
        .post("/api/referrals/{id}/filing-order", Map.of("reasons", "不立案理由不能成立"), null, "r1");
  }

  @Test
  void aRefusedStepShowsTheApisMessageBesideThatStepsReasonsOnly() throws Exception {
    given(api.get(eq("/api/referrals/{id}"), any()))
        .willReturn(ReferralTestData.declined("REQUESTED"));
    given(api.post(eq("/api/referrals/{id}/filing-order"), any(), eq(null), eq("r1")))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "reasons: must not be blank",
                Map.of("reasons", "must not be blank")));

    mvc.perform(
            post("/referrals/r1/filing-order")
                .with(songjiang("songjiang-procurator", "PROCURATORATE", "PROCURATOR"))
                .with(csrf())
                .param("reasons", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"filing-order-reasons-error\"")))
        .andExpect(
            content().string(not(containsString("id=\"supervision-closure-reasons-error\""))));
  }
}
