/**
 * Login throttling: password guesses against one account, or from one client address, stop after a
 * few failures until the window has passed.
 */
package cn.gov.sh.tradesecret.identity.login;
