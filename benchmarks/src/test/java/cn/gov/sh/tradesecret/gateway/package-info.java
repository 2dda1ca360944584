/**
 * What the gateway adds to a request's latency at a fixed rate below saturation
 * (gateway-latency.sh).
 */
package cn.gov.sh.tradesecret.gateway;
