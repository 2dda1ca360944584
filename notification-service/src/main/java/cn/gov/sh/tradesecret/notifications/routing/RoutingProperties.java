package cn.gov.sh.tradesecret.notifications.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing of the consumed events ({@code platform.notifications.routing.*}).
 *
 * @param instanceId this replica's static member name in the routing consumer group ({@code
 *     group.instance.id}): unique per replica and the same after a restart, so a replica that comes
 *     back after a crash takes its partitions again at once instead of after the session timeout.
 *     Empty: the host's name (distinct per container, the same when a container restarts).
 */
@ConfigurationProperties("platform.notifications.routing")
record RoutingProperties(String instanceId) {}
