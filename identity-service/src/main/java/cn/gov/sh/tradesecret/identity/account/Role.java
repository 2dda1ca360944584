package cn.gov.sh.tradesecret.identity.account;

/**
 * Role of an officer within the unit, issued in the {@code roles} claim. {@code HEAD} approves
 * referrals and deadline extensions; {@code OPERATOR} runs the platform; {@code REPRESENTATIVE}
 * acts for an enterprise (reports, deposits); {@code SERVICE} is an application of the platform
 * acting as itself (audit-service having the ledger's head timestamped), never a person.
 */
public enum Role {
  OFFICER,
  HEAD,
  PROCURATOR,
  CLERK,
  JUDGE,
  OPERATOR,
  REPRESENTATIVE,
  SERVICE
}
