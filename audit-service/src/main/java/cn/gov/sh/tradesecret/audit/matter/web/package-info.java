/** The timeline of a matter over HTTP. */
package cn.gov.sh.tradesecret.audit.matter.web;
