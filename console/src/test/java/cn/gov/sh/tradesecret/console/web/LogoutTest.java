package cn.gov.sh.tradesecret.console.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The logout button of a page whose session has ended, and of one whose session lives: the first
 * goes home (which asks for a login), the second still needs the session's CSRF token.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class LogoutTest {

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

  @Autowired ClientRegistrationRepository registrations;

  @Test
  void logoutOfAnExpiredSessionGoesHomeInsteadOfAnErrorPage() throws Exception {
    mvc.perform(
            post("/console/logout")
                .contextPath("/console")
                .param("_csrf", "token-of-the-expired-session"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/console/"));
  }

  @Test
  void logoutOfALiveSessionWithoutItsCsrfTokenIsRefused() throws Exception {
    mvc.perform(
            post("/console/logout")
                .contextPath("/console")
                .param("_csrf", "forged")
                .with(officer()))
        .andExpect(status().isForbidden());
  }

  @Test
  void logoutOfALiveSessionWithItsCsrfTokenEndsTheLoginAtIdentityService() throws Exception {
    mvc.perform(post("/console/logout").contextPath("/console").with(officer()).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(
            redirectedUrl(
                "http://localhost:9000/connect/logout?id_token_hint=id-token"
                    + "&post_logout_redirect_uri=http://localhost/console/"));
  }

  private OidcLoginRequestPostProcessor officer() {
    return ConsolePagesTest.songjiangOfficer()
        .clientRegistration(registrations.findByRegistrationId(SecurityConfiguration.REGISTRATION));
  }
}
