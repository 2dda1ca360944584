/**
 * Demo accounts, each a registered OAuth2 client and a user who logs in, and the platform claims of
 * their tokens.
 */
package cn.gov.sh.tradesecret.identity.account;
