/**
 * Who may see and change leads and cases: the owning district bureau, the municipal bureau, the
 * head for approvals.
 */
package cn.gov.sh.tradesecret.cases.access;
