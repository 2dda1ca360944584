/**
 * What the pilot tests share: the API calls they repeat, CSV uploads, events read back, test-only
 * accounts.
 */
package cn.gov.sh.tradesecret.pilots.support;
