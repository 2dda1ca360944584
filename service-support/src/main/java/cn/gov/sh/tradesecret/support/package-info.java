/**
 * What every domain service shares, wired by one auto-configuration: outbox, consumers, security,
 * problem details, defaults.
 */
package cn.gov.sh.tradesecret.support;
