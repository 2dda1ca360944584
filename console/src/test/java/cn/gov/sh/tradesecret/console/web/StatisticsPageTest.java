package cn.gov.sh.tradesecret.console.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics page (console.statistics) over a stand-in of the API: the range, the rates, the
 * report downloads. Here beside ConsolePagesTest for the console's security configuration.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, Formats.class})
@EnableConfigurationProperties(ConsoleProperties.class)
class StatisticsPageTest {

  @Autowired MockMvc mvc;

  @MockitoBean PlatformApi api;

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

  static Map<String, Object> figures(String district, Object mediationSuccessRate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("district", district);
    row.put("name", district);
    row.put("leads", 9);
    row.put("casesFiled", 8);
    row.put("casesHandled", 8);
    row.put("casesClosed", 3);
    row.put("openCases", 5);
    row.put("fines", 450000);
    row.put("confiscations", 42600);
    row.put("referralsProposed", 0);
    row.put("mediationsFailed", 1);
    row.put("mediationSuccessRate", mediationSuccessRate);
    row.put("penaltiesExecuted", 2);
    row.put("penaltyExecutionRate", 1.0);
    return row;
  }

  @Test
  void theRangesFiguresShowWithTheirRatesAndTheReportsToDownload() throws Exception {
    given(api.get("/api/cases/statistics?from={from}&to={to}", 2023, 2025))
        .willReturn(
            Map.of(
                "from",
                2023,
                "to",
                2025,
                "districts",
                List.of(figures("310117", 1.0)),
                "cityWide",
                figures("310000", null)));

    mvc.perform(
            get("/statistics").param("from", "2023").param("to", "2025").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("商业秘密保护统计 2023–2025")))
        .andExpect(content().string(containsString("100.0%")))
        .andExpect(content().string(containsString("—")))
        .andExpect(content().string(containsString("/statistics/cases.csv?from=2023&amp;to=2025")))
        .andExpect(content().string(containsString("/statistics/report.xlsx?year=2025")))
        .andExpect(content().string(containsString("/statistics/report.csv?year=2025")))
        .andExpect(content().string(containsString("2025年全市报表")));
  }

  @Test
  void aRangeTheApiRefusesIsShownBesideItsField() throws Exception {
    given(api.get("/api/cases/statistics?from={from}&to={to}", 2026, 2025))
        .willThrow(
            new ApiProblem(
                400,
                "validation",
                "from: must not be after to (2025)",
                Map.of("from", "must not be after to (2025)")));

    mvc.perform(
            get("/statistics").param("from", "2026").param("to", "2025").with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"from-error\"")))
        .andExpect(content().string(containsString("must not be after to (2025)")))
        .andExpect(content().string(not(containsString("id=\"statistics\""))));
  }

  @Test
  void theYearlyReportIsTheApisFilePassedThrough() throws Exception {
    byte[] xlsx = {0x50, 0x4b, 0x03, 0x04};
    given(
            api.getBytes(
                eq("/api/cases/statistics/report?year={year}&district={district}&format={format}"),
                eq(MediaType.ALL),
                eq(2025),
                eq("310117"),
                eq("xlsx")))
        .willReturn(xlsx);

    mvc.perform(
            get("/statistics/report.xlsx")
                .param("year", "2025")
                .param("district", "310117")
                .with(songjiangOfficer()))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(
            header()
                .string("Content-Disposition", containsString("case-statistics-2025-310117.xlsx")))
        .andExpect(content().bytes(xlsx));
  }
}
