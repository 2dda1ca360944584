/**
 * Demo accounts, one registered OAuth2 client each, and the platform claims of their tokens.
 */
package cn.gov.sh.tradesecret.identity.account;
