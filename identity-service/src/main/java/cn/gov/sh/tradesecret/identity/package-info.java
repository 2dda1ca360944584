/**
 * Identity provider of the platform: client-credentials tokens carrying the officer's agency unit.
 */
package cn.gov.sh.tradesecret.identity;
