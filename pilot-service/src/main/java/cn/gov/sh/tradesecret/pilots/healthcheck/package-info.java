/**
 * Legal health checks (法治体检) of pilots: findings by category, rectification items with due dates,
 * completion and overdue notice.
 */
package cn.gov.sh.tradesecret.pilots.healthcheck;
