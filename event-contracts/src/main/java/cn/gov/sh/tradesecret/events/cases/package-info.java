/** Events of case-service: leads, infringement cases, their appraisals, decisions and deadlines. */
package cn.gov.sh.tradesecret.events.cases;
