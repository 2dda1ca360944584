package cn.gov.sh.tradesecret.console.inbox.web;

import cn.gov.sh.tradesecret.console.web.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The inbox (unread first) and the read receipt of an entry ({@code POST /api/inbox/{id}/read}).
 */
@Controller
@RequestMapping("/inbox")
class InboxPages {

  private final PlatformApi api;

  InboxPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String inbox(Model model) {
    model.addAttribute("inbox", api.get("/api/inbox?size=50"));
    return "inbox/inbox";
  }

  /** The list alone: the page reloads it when the stream says something arrived. */
  @GetMapping("/entries")
  String entries(Model model) {
    model.addAttribute("inbox", api.get("/api/inbox?size=50"));
    return "inbox/inbox :: entries";
  }

  @PostMapping("/{id}/read")
  String read(@PathVariable String id, Model model) {
    model.addAttribute("entry", api.post("/api/inbox/{id}/read", null, null, id));
    return "inbox/entry :: entry";
  }
}
