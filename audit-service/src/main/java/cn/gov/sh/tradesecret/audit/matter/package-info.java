/**
 * One view of a matter: its lead, case, referrals and notices as the ledger holds their events, in
 * time order, each part shown to those allowed to see it.
 */
package cn.gov.sh.tradesecret.audit.matter;
