/** Who may pass the gateway: bearer JWTs of the platform's issuer on {@code /api/**}. */
package cn.gov.sh.tradesecret.gateway.security;
