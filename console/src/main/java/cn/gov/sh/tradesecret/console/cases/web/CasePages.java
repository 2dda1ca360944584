package cn.gov.sh.tradesecret.console.cases.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.ArrayList;
import java.util.Comparator;
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
 * A case as its bureau works on it. Evidence is recorded by its SHA-256, computed in the browser:
 * the file itself never leaves the officer's machine. The act's days give the legal fine ranges the
 * API shows ({@code applicableFines}), within which the head decides the penalty. Each step sends
 * the version the officer saw ({@code If-Match}); a stale one asks to reload.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

  static final List<String> EVIDENCE_KINDS =
      List.of(
          "DOCUMENT",
          "PHYSICAL",
          "AUDIOVISUAL",
          "ELECTRONIC_DATA",
          "WITNESS_STATEMENT",
          "PARTY_STATEMENT",
          "APPRAISAL_OPINION",
          "INSPECTION_RECORD");

  static final List<String> SECRET_TYPES = List.of("TECHNICAL", "BUSINESS");
  static final List<String> EXTENSION_BASES = List.of("HEAD_APPROVAL", "COLLECTIVE_DECISION");
  static final List<String> MEDIATION_FAILURE_REASONS =
      List.of("PARTIES_DID_NOT_AGREE", "PARTY_WITHDREW", "INVESTIGATION_REQUESTED");
  static final List<String> EXECUTION_MANNERS =
      List.of("PAID_IN_FULL", "INSTALMENTS", "DEFERRED", "COURT_ENFORCEMENT");

  private final PlatformApi api;

  CasePages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("cases", api.get("/api/cases?size=50"));
    return "cases/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    return casePage(model, id, null, Map.of(), null, Map.of());
  }

  @PostMapping("/{id}/evidence")
  String addEvidence(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("kind", FormValues.text(form, "kind"));
    evidence.put("description", FormValues.text(form, "description"));
    evidence.put("collectedBy", FormValues.text(form, "collectedBy"));
    evidence.put("collectedAt", FormValues.instant(form, "collectedAt"));
    evidence.put("sha256", FormValues.text(form, "sha256"));
    evidence.put("depositReceipt", FormValues.text(form, "depositReceipt"));
    return step(id, "evidence", "/api/cases/{id}/evidence", evidence, version, form, model);
  }

  /**
   * The head extends the decision deadline: by 30 days on the head's approval, or to the date a
   * collective decision of the leadership set.
   */
  @PostMapping("/{id}/deadline-extensions")
  String extendDeadline(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put("basis", FormValues.text(form, "basis"));
    extension.put("newDueDate", FormValues.text(form, "newDueDate"));
    extension.put("reason", FormValues.text(form, "reason"));
    return step(
        id, "extension", "/api/cases/{id}/deadline-extensions", extension, version, form, model);
  }

  /** When the act took place: the case then shows the fine ranges that would apply. */
  @PostMapping("/{id}/act")
  String recordAct(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> act = new LinkedHashMap<>();
    act.put("actStartedOn", FormValues.text(form, "actStartedOn"));
    act.put("actEndedOn", FormValues.text(form, "actEndedOn"));
    return step(id, "act", "/api/cases/{id}/act", act, version, form, model);
  }

  /** The facts the white paper counts. */
  @PostMapping("/{id}/facts")
  String recordFacts(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("secretType", FormValues.text(form, "secretType"));
    facts.put("industry", FormValues.text(form, "industry"));
    facts.put("foreignRelated", FormValues.checked(form, "foreignRelated"));
    facts.put("amountInvolved", FormValues.number(form, "amountInvolved"));
    facts.put("lossesRecovered", FormValues.number(form, "lossesRecovered"));
    facts.put("typicalCaseBy", FormValues.text(form, "typicalCaseBy"));
    facts.put("typicalCaseYear", FormValues.number(form, "typicalCaseYear"));
    return step(id, "facts", "/api/cases/{id}/facts", facts, version, form, model);
  }

  @PostMapping("/{id}/penalty-decision")
  String decidePenalty(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    // the act's days as recorded on the case choose the law version (its applicable fines)
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("orderToStop", FormValues.checked(form, "orderToStop"));
    decision.put("fine", FormValues.number(form, "fine"));
    decision.put("confiscation", FormValues.number(form, "confiscation"));
    decision.put("serious", FormValues.checked(form, "serious"));
    decision.put("mitigationGrounds", FormValues.text(form, "mitigationGrounds"));
    return step(id, "penalty", "/api/cases/{id}/penalty-decision", decision, version, form, model);
  }

  @PostMapping("/{id}/referral-proposal")
  String proposeReferral(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> proposal =
        Map.of("grounds", String.valueOf(FormValues.text(form, "grounds")));
    return step(
        id, "referral", "/api/cases/{id}/referral-proposal", proposal, version, form, model);
  }

  /** A mediation that ended without an agreement: the case is investigated on. */
  @PostMapping("/{id}/mediation-failure")
  String failMediation(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("reason", FormValues.text(form, "reason"));
    failure.put("details", FormValues.text(form, "details"));
    return step(
        id, "mediationFailure", "/api/cases/{id}/mediation-failure", failure, version, form, model);
  }

  /**
   * How the penalty decision was executed: paid, instalments or deferral, the court's enforcement.
   */
  @PostMapping("/{id}/penalty-execution")
  String recordExecution(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("manner", FormValues.text(form, "manner"));
    execution.put("executedOn", FormValues.text(form, "executedOn"));
    execution.put("amountPaid", FormValues.number(form, "amountPaid"));
    execution.put("documentNumber", FormValues.text(form, "documentNumber"));
    execution.put("court", FormValues.text(form, "court"));
    return step(
        id, "execution", "/api/cases/{id}/penalty-execution", execution, version, form, model);
  }

  /**
   * One step of the case: done, the page shows the case as it now is; refused, the page shows the
   * form again as typed, with the API's message beside the form and its fields.
   */
  private String step(
      String id,
      String formName,
      String path,
      Map<String, Object> body,
      Long version,
      Map<String, String> form,
      Model model) {
    try {
      api.post(path, body, version, id);
      return "redirect:/cases/" + id;
    } catch (ApiProblem problem) {
      if (problem.status() == 404 || problem.status() == 403 || problem.status() >= 500) {
        throw problem;
      }
      return casePage(model, id, formName, form, problem, problem.fieldErrors());
    }
  }

  private String casePage(
      Model model,
      String id,
      String formName,
      Map<String, String> form,
      ApiProblem problem,
      Map<String, String> errors) {
    Map<String, Object> infringementCase = api.get("/api/cases/{id}", id);
    model.addAttribute("case", infringementCase);
    model.addAttribute("timeline", timeline(infringementCase));
    model.addAttribute("evidenceKinds", EVIDENCE_KINDS);
    model.addAttribute("secretTypes", SECRET_TYPES);
    model.addAttribute("extensionBases", EXTENSION_BASES);
    model.addAttribute("mediationFailureReasons", MEDIATION_FAILURE_REASONS);
    model.addAttribute("executionManners", EXECUTION_MANNERS);
    model.addAttribute("failedForm", formName);
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    model.addAttribute("errors", errors);
    return "cases/detail";
  }

  /** The case's steps in time order, from what the API returned. */
  @SuppressWarnings("unchecked")
  static List<TimelineEntry> timeline(Map<String, Object> c) {
    List<TimelineEntry> entries = new ArrayList<>();
    TimelineEntry.add(entries, c.get("filedAt"), "timeline.filed", c.get("filedBy"), null);
    for (Map<String, Object> evidence :
        (List<Map<String, Object>>) c.getOrDefault("evidence", List.of())) {
      TimelineEntry.add(
          entries,
          evidence.get("recordedAt"),
          "timeline.evidence",
          evidence.get("recordedBy"),
          evidence.get("description"));
    }
    for (Map<String, Object> appraisal :
        (List<Map<String, Object>>) c.getOrDefault("appraisals", List.of())) {
      TimelineEntry.add(
          entries,
          appraisal.get("startedAt"),
          "timeline.appraisalStarted",
          appraisal.get("requestedBy"),
          appraisal.get("institution"));
      TimelineEntry.add(
          entries,
          appraisal.get("finishedAt"),
          "timeline.appraisalFinished",
          null,
          appraisal.get("conclusion"));
    }
    TimelineEntry.add(
        entries,
        c.get("referralProposedAt"),
        "timeline.referralProposed",
        c.get("referralProposedBy"),
        c.get("referralGrounds"));
    TimelineEntry.add(
        entries,
        c.get("mediationConcludedAt"),
        "timeline.mediation",
        null,
        c.get("mediationCourtUnit"));
    TimelineEntry.add(
        entries,
        c.get("mediationFailedAt"),
        "timeline.mediationFailed",
        c.get("mediationFailureRecordedBy"),
        c.get("mediationFailureDetails"));
    TimelineEntry.add(
        entries,
        c.get("executionRecordedAt"),
        "timeline.penaltyExecuted",
        c.get("executionRecordedBy"),
        c.get("executionManner"));
    TimelineEntry.add(
        entries, c.get("closedAt"), "timeline.closed", c.get("closedBy"), c.get("closingReason"));
    entries.sort(
        Comparator.comparing((TimelineEntry entry) -> java.time.Instant.parse(entry.at())));
    return entries;
  }

  /** One step of the timeline: when (ISO-8601 instant), what (message key), who, and a note. */
  record TimelineEntry(String at, String what, Object by, Object note) {

    static void add(List<TimelineEntry> entries, Object at, String what, Object by, Object note) {
      if (at != null) {
        entries.add(new TimelineEntry(at.toString(), what, by, note));
      }
    }
  }
}
