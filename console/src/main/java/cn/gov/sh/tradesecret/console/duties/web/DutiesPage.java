package cn.gov.sh.tradesecret.console.duties.web;

import cn.gov.sh.tradesecret.console.web.Officer;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page: every running clock the APIs show the officer's unit (lead decisions, case
 * decisions), sorted by time left. Amber once 75 % of the time is used, red when breached: the same
 * marks as the services' approaching and breached events.
 */
@Controller
class DutiesPage {

  private final PlatformApi api;
  private final Clock clock;

  DutiesPage(PlatformApi api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(@ModelAttribute("officer") Officer officer, Model model) {
    // other agencies start where their work is
    if (officer != null && (officer.police() || officer.procurator())) {
      return "redirect:/referrals";
    }
    if (officer != null && officer.court()) {
      return "redirect:/confirmations";
    }
    if (officer != null && officer.enterprise()) {
      return "redirect:/enterprise/reports";
    }
    if (officer != null && officer.operator()) {
      return "redirect:/notifications/deliveries";
    }
    List<Due> dues = new ArrayList<>();
    if (officer != null && officer.bureau()) {
      for (Map<String, Object> lead : items(api.get("/api/leads?status=REGISTERED&size=200"))) {
        Due.of("lead", lead, lead.get("receivedAt"), clock.instant()).ifPresent(dues::add);
      }
      for (Map<String, Object> c : items(api.get("/api/cases?size=200"))) {
        Due.of("case", c, c.get("filedAt"), clock.instant()).ifPresent(dues::add);
      }
    }
    dues.sort(Comparator.comparing(Due::dueAt));
    model.addAttribute("dues", dues);
    return "duties/home";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
  }

  /**
   * A clock: what it runs for, when it runs out, the days left as the API counts them, and the
   * share of the time used.
   */
  record Due(
      String kind,
      String id,
      String label,
      Instant dueAt,
      Object lastDay,
      Object workingDaysLeft,
      boolean paused,
      boolean breached,
      int percentUsed) {

    @SuppressWarnings("unchecked")
    static java.util.Optional<Due> of(
        String kind, Map<String, Object> item, Object start, Instant now) {
      if (!(item.get("deadline") instanceof Map<?, ?> raw) || start == null) {
        return java.util.Optional.empty();
      }
      Map<String, Object> deadline = (Map<String, Object>) raw;
      Instant dueAt = Instant.parse(deadline.get("dueAt").toString());
      Instant from = Instant.parse(start.toString());
      long total = Math.max(1, Duration.between(from, dueAt).toSeconds());
      long used = Duration.between(from, now).toSeconds();
      boolean breached = Boolean.TRUE.equals(deadline.get("breached"));
      int percent = (int) Math.max(0, Math.min(100, used * 100 / total));
      Object label = item.getOrDefault("caseNumber", null);
      if (label == null && item.get("rightsHolder") instanceof Map<?, ?> holder) {
        label = holder.get("name");
      }
      return java.util.Optional.of(
          new Due(
              kind,
              String.valueOf(item.get("id")),
              String.valueOf(label),
              dueAt,
              deadline.get("lastDay"),
              deadline.get("workingDaysLeft"),
              Boolean.TRUE.equals(deadline.get("paused")),
              breached,
              breached ? 100 : percent));
    }

    /** {@code breached}, {@code approaching} (75 % used) or {@code running}. */
    public String state() {
      if (breached) {
        return "breached";
      }
      return percentUsed >= 75 ? "approaching" : "running";
    }
  }
}
