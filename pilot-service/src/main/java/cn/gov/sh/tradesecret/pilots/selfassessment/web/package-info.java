/** The shared self-assessments' API: a pilot's, and those of the bureau's districts. */
package cn.gov.sh.tradesecret.pilots.selfassessment.web;
