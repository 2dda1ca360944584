/**
 * Online reports (网上举报): an enterprise reports a suspected infringement to the competent district
 * bureau, gets a tracking number and follows the bureau's decision.
 */
package cn.gov.sh.tradesecret.enterprise.report;
