/** The bureau's decision on a report, learnt from case-service's events. */
package cn.gov.sh.tradesecret.enterprise.decision;
