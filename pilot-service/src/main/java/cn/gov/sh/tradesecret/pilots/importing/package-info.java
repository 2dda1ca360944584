/**
 * Import of a bureau's list of pilots from CSV, with a validation report per row and no duplicates
 * on re-import.
 */
package cn.gov.sh.tradesecret.pilots.importing;
