/** Innovation pilots (创新试点): the list and the import of a bureau's list from CSV. */
package cn.gov.sh.tradesecret.console.pilot.web;
