/**
 * Self-assessments that enterprises shared with their district bureau: the scores per area of a
 * sector guide, received from enterprise-service and shown beside the health checks of their pilot.
 */
package cn.gov.sh.tradesecret.pilots.selfassessment;
