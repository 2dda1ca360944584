/**
 * Reference data every party shares: Shanghai's districts, agency types and units, the unified
 * social credit code.
 */
package cn.gov.sh.tradesecret.events.reference;
