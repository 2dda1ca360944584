/** Who calls: an enterprise (its credit code and district) or an officer. */
package cn.gov.sh.tradesecret.enterprise.caller;
