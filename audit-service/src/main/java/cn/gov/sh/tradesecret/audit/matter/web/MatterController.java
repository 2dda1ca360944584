package cn.gov.sh.tradesecret.audit.matter.web;

import cn.gov.sh.tradesecret.audit.matter.MatterTimeline;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One view of a matter for the agencies working on it: read only, from the ledger.
 *
 * <p>{@code id} is a lead's, a case's or a referral's id; the answer leaves out, without a hint,
 * what the caller may not see, and is 404 when that is everything.
 */
@RestController
@RequestMapping("/api/matters")
class MatterController {

  private final MatterTimeline timeline;

  MatterController(MatterTimeline timeline) {
    this.timeline = timeline;
  }

  /** What happened in the matter, oldest first, a page at a time. */
  @GetMapping("/{id}/timeline")
  PageResponse<MatterTimeline.Step> timeline(
      Officer officer,
      @PathVariable UUID id,
      // pages, not a cursor after a ledger position: steps are in the order they happened, which
      // is not the ledger's (the topics arrive independently), as in every list of the platform
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
    return PageResponse.of(timeline.of(id, officer, page, size), step -> step);
  }
}
