package cn.gov.sh.tradesecret.referrals.referral;

/** One transferred material (art. 6): its kind, title and SHA-256 fingerprint. */
public record Material(MaterialKind kind, String title, String sha256) {

  /** As the referral keeps it: {@code KIND:title:sha256}. */
  String recorded() {
    return kind + ":" + title + ":" + sha256;
  }

  /** As the transfer event carries it, without the title: {@code KIND:sha256}. */
  String fingerprint() {
    return kind + ":" + sha256;
  }
}
