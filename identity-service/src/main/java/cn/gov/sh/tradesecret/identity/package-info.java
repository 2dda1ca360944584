/**
 * Identity provider of the platform: access tokens carrying the officer's agency unit, for agency
 * systems (client credentials) and for officers who log in through the console (authorization code
 * with PKCE).
 */
package cn.gov.sh.tradesecret.identity;
