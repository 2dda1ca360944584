/** The audit log's read-only API: querying records, never changing them. */
package cn.gov.sh.tradesecret.audit.record.web;
