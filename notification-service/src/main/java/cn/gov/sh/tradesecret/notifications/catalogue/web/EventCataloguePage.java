package cn.gov.sh.tradesecret.notifications.catalogue.web;

import cn.gov.sh.tradesecret.notifications.catalogue.EventCatalogue;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalogue as a page for people: what a browser gets at {@code /api/event-catalogue}. */
@Hidden
@Controller
class EventCataloguePage {

  private final EventCatalogue catalogue;

  EventCataloguePage(EventCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping(
      value = {EventCatalogueController.PATH, EventCatalogueController.PATH + "/index.html"},
      produces = MediaType.TEXT_HTML_VALUE)
  String page(Model model) {
    model.addAttribute("events", catalogue.events());
    model.addAttribute("topics", EventCatalogue.topics());
    model.addAttribute("versioningPolicy", EventCatalogue.VERSIONING_POLICY);
    model.addAttribute("webhookVerification", EventCatalogue.WEBHOOK_VERIFICATION);
    return "catalogue/event-catalogue";
  }
}
