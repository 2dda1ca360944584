package cn.gov.sh.tradesecret.pilots.pilot.web;

import cn.gov.sh.tradesecret.pilots.pilot.PilotLevel;
import cn.gov.sh.tradesecret.pilots.pilot.ReviewOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the lifecycle actions on a pilot. */
final class LifecycleRequests {

  private LifecycleRequests() {}

  /**
   * Start cultivating a nominated pilot; {@code note} says how ("one enterprise one policy"...).
   */
  record StartCultivationRequest(@Size(max = 1000) String note) {}

  /** Withdraw a nomination: reasons are required. */
  record WithdrawPilotRequest(@NotBlank @Size(max = 1000) String reason) {}

  /**
   * Designate (认定) a cultivated pilot at a level; {@code reason} is the basis (e.g. the decision's
   * number).
   */
  record DesignatePilotRequest(@NotNull PilotLevel level, @Size(max = 1000) String reason) {}

  /** The annual review of a designated pilot; a downgrade or revocation states its reasons. */
  record ReviewPilotRequest(
      @NotNull @Min(2000) @Max(2100) Integer year,
      @NotNull ReviewOutcome outcome,
      @Size(max = 1000) String reason) {}
}
