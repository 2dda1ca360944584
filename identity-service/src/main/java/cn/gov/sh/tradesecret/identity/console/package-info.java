/**
 * The officers' console: the public client through which officers log in (authorization code with
 * PKCE) and keep working with refresh tokens.
 */
package cn.gov.sh.tradesecret.identity.console;
