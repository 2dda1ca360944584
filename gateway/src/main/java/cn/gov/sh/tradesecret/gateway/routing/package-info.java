/**
 * What the gateway answers when a routed service cannot be reached. The routes themselves are
 * configuration ({@code spring.cloud.gateway.server.webflux.routes}).
 */
package cn.gov.sh.tradesecret.gateway.routing;
