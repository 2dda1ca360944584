/** Fine ranges of the law versions, kept as data so a revision of the law is a data change. */
package cn.gov.sh.tradesecret.cases.penalty;
