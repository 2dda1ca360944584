/**
 * Events of enterprise-service: enterprises' online reports, evidence deposits and shared
 * self-assessments.
 */
package cn.gov.sh.tradesecret.events.enterprises;
