/** The health checks' API: record a check, read it, complete a rectification item. */
package cn.gov.sh.tradesecret.pilots.healthcheck.web;
