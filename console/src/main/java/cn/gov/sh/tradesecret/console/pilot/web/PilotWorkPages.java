package cn.gov.sh.tradesecret.console.pilot.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Forms;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A bureau's work with one pilot (pilot-service): the nomination ({@code POST /api/pilots}), the
 * start of cultivation, the withdrawal of a nomination, guidance visits ({@code
 * /api/pilots/{id}/guidance-visits}), and health checks with their findings and rectification items
 * ({@code /api/health-checks}), each item marked done when the pilot has rectified it; beside them
 * the self-assessments the pilot's enterprise shared with the bureau (scores only, never answers).
 * The head of the bureau of the pilot's level designates it (认定) and reviews it each year.
 */
@Controller
@RequestMapping("/pilots")
class PilotWorkPages {

  static final List<String> KINDS = List.of("UNIT", "PARK", "STATION", "POINT");
  static final List<String> INDUSTRIES =
      List.of(
          "INTEGRATED_CIRCUITS",
          "BIOMEDICINE",
          "ARTIFICIAL_INTELLIGENCE",
          "ONLINE_GAMES",
          "COSMETICS",
          "TIME_HONOURED_BRANDS",
          "AUTOMOTIVE",
          "AGRICULTURE",
          "DATA_PRODUCTS",
          "OTHER");
  static final List<String> LEVELS = List.of("MUNICIPAL", "DISTRICT");
  static final List<String> REVIEW_OUTCOMES = List.of("PASSED", "DOWNGRADED", "REVOKED");
  static final List<String> FINDING_CATEGORIES =
      List.of(
          "SECRET_IDENTIFICATION",
          "CLASSIFICATION_AND_GRADING",
          "CONFIDENTIALITY_RULES",
          "PERSONNEL_WITH_ACCESS",
          "CONFIDENTIALITY_AGREEMENTS",
          "NON_COMPETE_AGREEMENTS",
          "DEPARTING_EMPLOYEES",
          "ELECTRONIC_DATA_AND_DEPOSIT",
          "NETWORK_AND_INFORMATION_SYSTEMS",
          "PHYSICAL_ACCESS_CONTROL",
          "PARTNERS_AND_OUTSOURCING",
          "DATA_PROTECTION",
          "TRAINING_AND_AWARENESS",
          "INFRINGEMENT_RESPONSE",
          "OTHER");

  private final PlatformApi api;

  PilotWorkPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping("/new")
  String nominationForm(Model model) {
    return nominationForm(model, Map.of(), Map.of(), null);
  }

  @PostMapping
  String nominate(@RequestParam Map<String, String> form, Model model) {
    Map<String, Object> nomination = new LinkedHashMap<>();
    nomination.put("kind", FormValues.text(form, "kind"));
    nomination.put("name", FormValues.text(form, "name"));
    nomination.put("district", FormValues.text(form, "district"));
    nomination.put("industry", FormValues.text(form, "industry"));
    nomination.put("creditCode", FormValues.text(form, "creditCode"));
    return Forms.submit(
        () -> "redirect:/pilots/" + api.post("/api/pilots", nomination, null).get("id"),
        problem -> nominationForm(model, form, problem.fieldErrors(), problem));
  }

  @GetMapping("/{id}")
  String pilot(@PathVariable String id, Model model) {
    return pilotPage(model, id, null, Map.of(), Map.of(), null);
  }

  @PostMapping("/{id}/cultivation")
  String startCultivation(@PathVariable String id) {
    api.post("/api/pilots/{id}/cultivation", null, null, id);
    return "redirect:/pilots/" + id;
  }

  /** Reasons are required: the API names them {@code reason}, the form {@code withdrawalReason}. */
  @PostMapping("/{id}/withdrawal")
  String withdraw(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> withdrawal = new LinkedHashMap<>();
    withdrawal.put("reason", FormValues.text(form, "withdrawalReason"));
    return lifecycleStep(id, "withdrawal", withdrawal, "withdrawalReason", form, model);
  }

  /** The designation (认定) at the level the head's bureau designates. */
  @PostMapping("/{id}/designation")
  String designate(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> designation = new LinkedHashMap<>();
    designation.put("level", FormValues.text(form, "level"));
    designation.put("reason", FormValues.text(form, "designationReason"));
    return lifecycleStep(id, "designation", designation, "designationReason", form, model);
  }

  /** The annual review: passed, downgraded (municipal level only) or revoked, with reasons. */
  @PostMapping("/{id}/reviews")
  String review(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("year", FormValues.number(form, "year"));
    review.put("outcome", FormValues.text(form, "outcome"));
    review.put("reason", FormValues.text(form, "reviewReason"));
    return lifecycleStep(id, "reviews", review, "reviewReason", form, model);
  }

  /**
   * Posts a lifecycle step to {@code /api/pilots/{id}/<step>}. The page has several forms with
   * reasons, so each names its own ({@code reasonField}); the API's refusal of {@code reason} is
   * shown beside it.
   */
  private String lifecycleStep(
      String id,
      String step,
      Map<String, Object> body,
      String reasonField,
      Map<String, String> form,
      Model model) {
    return Forms.submit(
        () -> {
          api.post("/api/pilots/{id}/" + step, body, null, id);
          return "redirect:/pilots/" + id;
        },
        problem -> {
          Map<String, String> errors = new LinkedHashMap<>();
          problem
              .fieldErrors()
              .forEach(
                  (field, message) ->
                      errors.put("reason".equals(field) ? reasonField : field, message));
          return pilotPage(model, id, step, form, errors, problem);
        });
  }

  /** Officers and topics are lists: one a line (officers also by commas). */
  @PostMapping("/{id}/guidance-visits")
  String recordVisit(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> visit = new LinkedHashMap<>();
    visit.put("visitedOn", FormValues.text(form, "visitedOn"));
    visit.put("officers", lines(form, "officers", "[,，\\n]"));
    visit.put("topics", lines(form, "topics", "\\n"));
    visit.put("advice", FormValues.text(form, "advice"));
    return Forms.submit(
        () -> {
          api.post("/api/pilots/{id}/guidance-visits", visit, null, id);
          return "redirect:/pilots/" + id + "#visits";
        },
        problem -> pilotPage(model, id, "visit", form, listFields(problem), problem));
  }

  /**
   * A health check with one finding and its rectification item, as the form offers; without a
   * finding's description the check is a clean one.
   */
  @PostMapping("/{id}/health-checks")
  String recordHealthCheck(
      @PathVariable String id, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> check = new LinkedHashMap<>();
    check.put("pilotId", id);
    check.put("checkedOn", FormValues.text(form, "checkedOn"));
    check.put("examiner", FormValues.text(form, "examiner"));
    check.put("summary", FormValues.text(form, "summary"));
    String finding = FormValues.text(form, "findings[0].description");
    if (finding == null) {
      check.put("findings", List.of());
    } else {
      Map<String, Object> rectification = new LinkedHashMap<>();
      rectification.put(
          "description", FormValues.text(form, "findings[0].rectifications[0].description"));
      rectification.put("dueOn", FormValues.text(form, "findings[0].rectifications[0].dueOn"));
      Map<String, Object> found = new LinkedHashMap<>();
      found.put("category", FormValues.text(form, "findings[0].category"));
      found.put("description", finding);
      found.put("rectifications", List.of(rectification));
      check.put("findings", List.of(found));
    }
    return Forms.submit(
        () -> {
          api.post("/api/health-checks", check, null);
          return "redirect:/pilots/" + id + "#health-checks";
        },
        problem -> pilotPage(model, id, "healthCheck", form, problem.fieldErrors(), problem));
  }

  @PostMapping("/{id}/health-checks/{checkId}/rectifications/{itemId}/completion")
  String completeRectification(
      @PathVariable String id,
      @PathVariable String checkId,
      @PathVariable String itemId,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> completion = new LinkedHashMap<>();
    completion.put("completedOn", FormValues.text(form, "completedOn"));
    completion.put("note", FormValues.text(form, "note"));
    return Forms.submit(
        () -> {
          api.post(
              "/api/health-checks/{id}/rectifications/{itemId}/completion",
              completion,
              null,
              checkId,
              itemId);
          return "redirect:/pilots/" + id + "#health-checks";
        },
        problem -> pilotPage(model, id, itemId, form, problem.fieldErrors(), problem));
  }

  private static List<String> lines(Map<String, String> form, String field, String separator) {
    String text = FormValues.text(form, field);
    return text == null
        ? List.of()
        : Arrays.stream(text.split(separator))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
  }

  /** An item of a list the API refused ({@code topics[1]}) is shown beside the list. */
  private static Map<String, String> listFields(ApiProblem problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    problem
        .fieldErrors()
        .forEach(
            (field, message) ->
                errors.merge(
                    field.replaceFirst("\\[\\d+]$", ""),
                    field.matches(".*\\[\\d+]$")
                        ? field.substring(field.indexOf('[')) + " " + message
                        : message,
                    (first, second) -> first + "; " + second));
    return errors;
  }

  private String nominationForm(
      Model model, Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("industries", INDUSTRIES);
    return "pilot/new";
  }

  /** The pilot's page; {@code failedForm} names the form a refusal belongs beside. */
  private String pilotPage(
      Model model,
      String id,
      String failedForm,
      Map<String, String> form,
      Map<String, String> errors,
      ApiProblem problem) {
    model.addAttribute("pilot", api.get("/api/pilots/{id}", id));
    model.addAttribute("history", api.getList("/api/pilots/{id}/history", id));
    model.addAttribute("visits", api.getList("/api/pilots/{id}/guidance-visits", id));
    model.addAttribute("healthChecks", api.getList("/api/health-checks?pilotId={id}", id));
    List<Map<String, Object>> assessments = api.getList("/api/pilots/{id}/self-assessments", id);
    model.addAttribute("selfAssessments", assessments);
    model.addAttribute(
        "guides", assessments.isEmpty() ? Map.of() : guides(api.getList("/api/assessment-guides")));
    model.addAttribute("failedForm", failedForm);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("findingCategories", FINDING_CATEGORIES);
    model.addAttribute("levels", LEVELS);
    model.addAttribute("reviewOutcomes", REVIEW_OUTCOMES);
    return "pilot/pilot";
  }

  /**
   * The guides' titles by id, and their areas' titles by {@code guideId/areaCode}: an assessment
   * names its guide and areas by code only.
   */
  private static Map<String, String> guides(List<Map<String, Object>> guides) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (Map<String, Object> guide : guides) {
      titles.put(String.valueOf(guide.get("id")), String.valueOf(guide.get("title")));
      if (guide.get("areas") instanceof List<?> areas) {
        for (Object area : areas) {
          if (area instanceof Map<?, ?> fields) {
            titles.put(
                guide.get("id") + "/" + fields.get("code"), String.valueOf(fields.get("title")));
          }
        }
      }
    }
    return titles;
  }
}
