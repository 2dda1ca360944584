/** Real PostgreSQL and Kafka as local processes, for ./platform up and the tests. */
package cn.gov.sh.tradesecret.infra;
