/** The RSA key that signs access tokens and the JWK set that publishes it. */
package cn.gov.sh.tradesecret.identity.signing;
