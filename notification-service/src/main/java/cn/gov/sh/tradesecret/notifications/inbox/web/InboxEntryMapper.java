package cn.gov.sh.tradesecret.notifications.inbox.web;

import cn.gov.sh.tradesecret.notifications.inbox.InboxEntry;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Maps inbox entries to the API; the stored event JSON becomes a JSON object, not a string. */
@Mapper(config = MappingConfig.class)
public abstract class InboxEntryMapper {

  private final JsonMapper json = JsonMapper.builder().build();

  public abstract InboxEntryResponse toResponse(InboxEntry entry);

  JsonNode readEvent(String event) {
    return json.readTree(event);
  }
}
