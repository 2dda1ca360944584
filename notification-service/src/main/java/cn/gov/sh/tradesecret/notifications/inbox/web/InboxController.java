package cn.gov.sh.tradesecret.notifications.inbox.web;

import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calling officer's unit's inbox. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

  private final Inbox inbox;
  private final InboxEntryMapper mapper;

  InboxController(Inbox inbox, InboxEntryMapper mapper) {
    this.inbox = inbox;
    this.mapper = mapper;
  }

  @GetMapping
  PageResponse<InboxEntryResponse> list(
      Officer officer,
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        inbox.list(officer, unreadOnly, PageRequest.of(page, size)), mapper::toResponse);
  }

  @GetMapping("/unread-count")
  Map<String, Long> unreadCount(Officer officer) {
    return Map.of("unread", inbox.unreadCount(officer));
  }

  @GetMapping("/{id}")
  InboxEntryResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(inbox.find(id, officer));
  }

  @PostMapping("/{id}/read")
  InboxEntryResponse markRead(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(inbox.markRead(id, officer));
  }
}
