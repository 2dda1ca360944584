package cn.gov.sh.tradesecret.notifications.replay;

import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Replays to a webhook endpoint: {@code POST /api/replays}. */
@RestController
@RequestMapping("/api/replays")
class ReplayController {

  private final Replays replays;

  ReplayController(Replays replays) {
    this.replays = replays;
  }

  /** Every event since {@code since} that the endpoint's subscriptions match, again. */
  record CreateReplayRequest(@NotNull UUID endpointId, @NotNull Instant since) {}

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  Replays.Replay replay(@Valid @RequestBody CreateReplayRequest request, Officer officer) {
    return replays.replay(request.endpointId(), request.since(), officer);
  }
}
