/** The HTTP API of the self-assessment guides and the enterprises' self-assessments. */
package cn.gov.sh.tradesecret.enterprise.assessment.web;
