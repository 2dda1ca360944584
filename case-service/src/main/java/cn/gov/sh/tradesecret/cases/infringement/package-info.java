/**
 * Trade-secret infringement cases (案件): filing, investigation, outcome, closing, and what other
 * agencies report back.
 */
package cn.gov.sh.tradesecret.cases.infringement;
