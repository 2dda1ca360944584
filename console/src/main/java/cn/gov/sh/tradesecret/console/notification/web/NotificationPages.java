package cn.gov.sh.tradesecret.console.notification.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Officer;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's notifications as notification-service keeps them: its subscriptions ({@code
 * /api/subscriptions}), its webhook endpoints ({@code /api/webhook-endpoints}: the signing secret
 * is shown once, when registered or rotated, and never kept by the console), and what was delivered
 * to them ({@code /api/deliveries}, {@code /api/dead-letters} with replay). Operators see every
 * unit's endpoints and deliveries.
 */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

  static final List<String> CHANNELS = List.of("INBOX", "WEBHOOK");

  /** The event families a unit may subscribe to as a whole; single event types are typed. */
  static final List<String> FAMILIES = List.of("case-events", "referral-events", "pilot-events");

  private final PlatformApi api;

  NotificationPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String settings(@ModelAttribute("officer") Officer officer, Model model) {
    return settingsPage(officer, model, null, null, Map.of());
  }

  @PostMapping("/subscriptions")
  String subscribe(
      @ModelAttribute("officer") Officer officer,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> subscription = new LinkedHashMap<>();
    subscription.put("eventSelector", FormValues.text(form, "eventSelector"));
    subscription.put("channel", FormValues.text(form, "channel"));
    subscription.put("endpointId", FormValues.text(form, "endpointId"));
    String district = FormValues.text(form, "filter.district");
    String subject = FormValues.text(form, "filter.subject");
    if (district != null || subject != null) {
      Map<String, Object> filter = new LinkedHashMap<>();
      filter.put("district", district);
      filter.put("subject", subject);
      subscription.put("filter", filter);
    }
    try {
      api.post("/api/subscriptions", subscription, null);
      return "redirect:/notifications";
    } catch (ApiProblem problem) {
      return refused(officer, model, "subscription", problem, form);
    }
  }

  @PostMapping("/subscriptions/{id}/deletion")
  String unsubscribe(
      @ModelAttribute("officer") Officer officer, @PathVariable String id, Model model) {
    try {
      api.delete("/api/subscriptions/{id}", id);
      return "redirect:/notifications";
    } catch (ApiProblem problem) {
      return refused(officer, model, "subscription-" + id, problem, Map.of());
    }
  }

  /** Registers an endpoint and shows its secret, this once. */
  @PostMapping("/endpoints")
  String register(
      @ModelAttribute("officer") Officer officer,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("url", FormValues.text(form, "url"));
    endpoint.put("description", FormValues.text(form, "description"));
    try {
      model.addAttribute("secret", api.post("/api/webhook-endpoints", endpoint, null));
      return "notification/secret";
    } catch (ApiProblem problem) {
      return refused(officer, model, "endpoint", problem, form);
    }
  }

  @GetMapping("/endpoints/{id}")
  String endpoint(@PathVariable String id, Model model) {
    return endpointPage(id, model, null);
  }

  /** A new secret, shown this once; the old one keeps working for a while (the API says until). */
  @PostMapping("/endpoints/{id}/secret-rotation")
  String rotate(@PathVariable String id, Model model) {
    try {
      model.addAttribute(
          "secret", api.post("/api/webhook-endpoints/{id}/secret-rotation", null, null, id));
      return "notification/secret";
    } catch (ApiProblem problem) {
      return endpointRefused(id, model, problem);
    }
  }

  @PostMapping("/endpoints/{id}/enable")
  String enable(@PathVariable String id, Model model) {
    try {
      api.post("/api/webhook-endpoints/{id}/enable", null, null, id);
      return "redirect:/notifications/endpoints/" + id;
    } catch (ApiProblem problem) {
      return endpointRefused(id, model, problem);
    }
  }

  @GetMapping("/deliveries")
  String deliveries(@RequestParam(required = false) String status, Model model) {
    return deliveriesPage(status, model, null);
  }

  @PostMapping("/dead-letters/{id}/replay")
  String replay(@PathVariable String id, Model model) {
    try {
      api.post("/api/dead-letters/{id}/replay", null, null, id);
      return "redirect:/notifications/deliveries";
    } catch (ApiProblem problem) {
      if (problem.status() == 404 || problem.status() >= 500) {
        throw problem;
      }
      return deliveriesPage(null, model, problem);
    }
  }

  private String refused(
      Officer officer,
      Model model,
      String failedForm,
      ApiProblem problem,
      Map<String, String> form) {
    if (problem.status() >= 500) {
      throw problem;
    }
    return settingsPage(officer, model, failedForm, problem, form);
  }

  private String settingsPage(
      Officer officer,
      Model model,
      String failedForm,
      ApiProblem problem,
      Map<String, String> form) {
    // an operator belongs to no agency unit: no subscriptions of its own
    model.addAttribute(
        "subscriptions", officer.hasInbox() ? api.getList("/api/subscriptions") : List.of());
    model.addAttribute("endpoints", api.getList("/api/webhook-endpoints"));
    model.addAttribute("channels", CHANNELS);
    model.addAttribute("families", FAMILIES);
    model.addAttribute("failedForm", failedForm);
    model.addAttribute("problem", problem);
    model.addAttribute("form", form);
    model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
    return "notification/settings";
  }

  private String endpointRefused(String id, Model model, ApiProblem problem) {
    if (problem.status() == 404 || problem.status() >= 500) {
      throw problem;
    }
    return endpointPage(id, model, problem);
  }

  private String endpointPage(String id, Model model, ApiProblem problem) {
    model.addAttribute("endpoint", api.get("/api/webhook-endpoints/{id}", id));
    model.addAttribute("health", api.get("/api/webhook-endpoints/{id}/health", id));
    model.addAttribute("problem", problem);
    return "notification/endpoint";
  }

  private String deliveriesPage(String status, Model model, ApiProblem problem) {
    model.addAttribute(
        "deliveries",
        status == null
            ? api.get("/api/deliveries?size=50")
            : api.get("/api/deliveries?size=50&status={status}", status));
    model.addAttribute("deadLetters", api.get("/api/dead-letters?size=50"));
    model.addAttribute("status", status);
    model.addAttribute("problem", problem);
    return "notification/deliveries";
  }
}
