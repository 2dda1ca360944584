/**
 * The law as dated data: the fine ranges of the law versions and the criminal threshold, each with
 * its source, so a revision of the law is a migration, not a code change.
 */
package cn.gov.sh.tradesecret.cases.penalty;
