/** Constraints on request fields the domain shares, such as the unified social credit code. */
package cn.gov.sh.tradesecret.support.validation;
