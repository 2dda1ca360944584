/**
 * The fast channel: enterprises of designated innovation pilots, known from pilot-service's events.
 */
package cn.gov.sh.tradesecret.cases.pilot;
