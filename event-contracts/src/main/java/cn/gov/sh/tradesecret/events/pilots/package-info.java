/**
 * Events of pilot-service: pilot units and parks, their designation, reviews, guidance and health
 * checks.
 */
package cn.gov.sh.tradesecret.events.pilots;
