package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.support.web.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** 409 {@code urn:tradesecret:problem:illegal-transition}: the action does not fit the pilot's status or level. */
class IllegalTransitionException extends ApiException {

  static final String TYPE = "illegal-transition";

  IllegalTransitionException(String detail) {
    super(HttpStatus.CONFLICT, TYPE, "Illegal transition", detail, List.of());
  }
}
