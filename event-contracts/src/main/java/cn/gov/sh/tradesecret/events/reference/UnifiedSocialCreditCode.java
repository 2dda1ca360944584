package cn.gov.sh.tradesecret.events.reference;

/**
 * The 18-character unified social credit code (统一社会信用代码) of an enterprise or other organization,
 * per GB 32100-2015: registration authority, category, the 6-digit administrative division, the
 * 9-character organization code and a check character over the first 17.
 */
public final class UnifiedSocialCreditCode {

  /** The 31 characters the standard allows (no I, O, S, V, Z), in the order of their values. */
  private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private UnifiedSocialCreditCode() {}

  /** Whether {@code code} has the standard's form and the right check character. */
  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return code.charAt(17) == checkCharacter(code.substring(0, 17));
  }

  /** The check character of the first 17 characters of a code. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("17 characters expected");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CHARACTERS.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    return CHARACTERS.charAt((31 - sum % 31) % 31);
  }
}
