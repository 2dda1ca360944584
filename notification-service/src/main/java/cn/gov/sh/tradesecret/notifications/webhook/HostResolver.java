package cn.gov.sh.tradesecret.notifications.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name or address literal to its addresses; the JDK's resolver in production. */
@FunctionalInterface
public interface HostResolver {

  /** Every address of {@code host}; an address literal is parsed, not looked up. */
  InetAddress[] resolve(String host) throws UnknownHostException;
}
