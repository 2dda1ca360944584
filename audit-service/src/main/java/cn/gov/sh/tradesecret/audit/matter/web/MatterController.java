package cn.gov.sh.tradesecret.audit.matter.web;

import cn.gov.sh.tradesecret.audit.matter.MatterTimeline;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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

  /**
   * @param matter the matter's id, as asked
   * @param steps what happened, oldest first
   */
  record TimelineResponse(UUID matter, List<MatterTimeline.Step> steps) {}

  @GetMapping("/{id}/timeline")
  TimelineResponse timeline(Officer officer, @PathVariable UUID id) {
    return new TimelineResponse(id, timeline.of(id, officer));
  }
}
