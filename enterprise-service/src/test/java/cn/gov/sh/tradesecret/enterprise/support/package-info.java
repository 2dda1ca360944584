/** What the enterprise-service tests share: the enterprise accounts. */
package cn.gov.sh.tradesecret.enterprise.support;
