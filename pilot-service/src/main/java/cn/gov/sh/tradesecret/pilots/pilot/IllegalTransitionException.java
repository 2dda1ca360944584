package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.support.domain.DomainException;

/**
 * {@code urn:tradesecret:problem:illegal-transition}: the action does not fit the pilot's status or
 * level.
 */
class IllegalTransitionException extends DomainException.Conflict {

  static final String TYPE = "illegal-transition";

  IllegalTransitionException(String detail) {
    super(TYPE, "Illegal transition", detail);
  }
}
