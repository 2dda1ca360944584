/** Who calls: the officer read from the validated token, and the one jurisdiction rule. */
package cn.gov.sh.tradesecret.support.security;
