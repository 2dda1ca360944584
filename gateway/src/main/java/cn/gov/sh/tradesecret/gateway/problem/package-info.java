/**
 * RFC 9457 problem details for the answers the gateway gives itself (refusals, unreachable
 * services).
 */
package cn.gov.sh.tradesecret.gateway.problem;
