/** The import API: a bureau's CSV list of pilots in, the row-by-row report out. */
package cn.gov.sh.tradesecret.pilots.importing.web;
