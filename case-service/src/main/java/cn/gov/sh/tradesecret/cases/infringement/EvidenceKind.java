package cn.gov.sh.tradesecret.cases.infringement;

/** Kinds of evidence of the administrative penalty procedure. */
public enum EvidenceKind {
  DOCUMENT,
  PHYSICAL,
  AUDIOVISUAL,
  ELECTRONIC_DATA,
  WITNESS_STATEMENT,
  PARTY_STATEMENT,
  APPRAISAL_OPINION,
  INSPECTION_RECORD
}
