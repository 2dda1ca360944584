/**
 * Where routed requests go: every configured instance of the route's service, balanced, and what
 * the gateway answers when none can be reached. The routes themselves are configuration ({@code
 * spring.cloud.gateway.server.webflux.routes}).
 */
package cn.gov.sh.tradesecret.gateway.routing;
