/**
 * Who may file a trade-secret case, as dated data (SAMR Order No. 126 from 2026-06-01): the level
 * of bureau that files, and whether a district bureau may with the municipal bureau's designation.
 */
package cn.gov.sh.tradesecret.cases.jurisdiction;
