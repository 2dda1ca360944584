/**
 * The enterprise portal: online reports of infringements and their bureau's decision, evidence
 * deposits with their timestamp tokens, the public verification of a fingerprint, and
 * self-assessment against a sector guide.
 */
package cn.gov.sh.tradesecret.console.enterprise.web;
