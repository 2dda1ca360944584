package cn.gov.sh.tradesecret.capacity;

import cn.gov.sh.tradesecret.platform.PlatformClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Referrals in the state the police act on, made through the gateway as the bureaus make them
 * (State Council regulation on the transfer of suspected criminal cases, 2020 revision): the case
 * team proposes (a loss above the 300,000-yuan threshold), the head approves (art. 5), the team
 * transfers to the district's police with the five materials (art. 6). Each is then TRANSFERRED,
 * awaiting the police's receipt. One in four is to be declined, the others accepted, so that the
 * police's sittings take both decisions.
 */
final class ReferralsAwaitingThePolice {

  /** The districts whose demo accounts cover the whole procedure: officer, head and police. */
  private enum District {
    SONGJIANG("310117", "songjiang", "沪公松立字〔2026〕%d号"),
    XUHUI("310104", "xuhui", "沪公徐立字〔2026〕%d号");

    final String code;
    final String account;
    final String filingNotice;

    District(String code, String account, String filingNotice) {
      this.code = code;
      this.account = account;
      this.filingNotice = filingNotice;
    }
  }

  private static final String SHA256 =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static final String MATERIALS =
      """
      {"materials":[
        {"kind":"TRANSFER_LETTER","title":"涉嫌犯罪案件移送书","sha256":"%1$s"},
        {"kind":"INVESTIGATION_REPORT","title":"涉嫌犯罪案件情况的调查报告","sha256":"%1$s"},
        {"kind":"ITEMS_LIST","title":"涉案物品清单","sha256":"%1$s"},
        {"kind":"INSPECTION_CONCLUSIONS","title":"鉴定意见书","sha256":"%1$s"},
        {"kind":"OTHER_MATERIALS","title":"其他有关材料","sha256":"%1$s"}]}"""
          .formatted(SHA256);

  private ReferralsAwaitingThePolice() {}

  /**
   * Makes {@code count} transferred referrals, {@code parallel} at a time, printing progress; one
   * feeder record each: {@code referral} (its id), {@code account} (the police account it is
   * addressed to), {@code decision} ({@code accept} or {@code decline}) and {@code filingNotice}.
   */
  static List<Map<String, Object>> make(PlatformClient platform, int count, int parallel) {
    Map<String, String> tokens = new HashMap<>();
    for (District district : District.values()) {
      tokens.put(district.account + "-officer", platform.token(district.account + "-officer"));
      tokens.put(district.account + "-head", platform.token(district.account + "-head"));
    }
    AtomicInteger made = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<Map<String, Object>>> referrals = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        referrals.add(
            workers.submit(
                () -> {
                  Map<String, Object> referral = make(platform, tokens, n);
                  int done = made.incrementAndGet();
                  if (done % 50 == 0 || done == count) {
                    System.out.printf(
                        "[set-up] %d/%d referrals transferred to the police%n", done, count);
                  }
                  return referral;
                }));
      }
      List<Map<String, Object>> records = new ArrayList<>();
      for (Future<Map<String, Object>> referral : referrals) {
        records.add(referral.get());
      }
      return records;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a referral could not be made", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making referrals", e);
    } finally {
      workers.shutdownNow();
    }
  }

  private static Map<String, Object> make(
      PlatformClient platform, Map<String, String> tokens, int n) {
    District district = District.values()[n % District.values().length];
    String officer = tokens.get(district.account + "-officer");
    // a case id of its own: a case has one referral in progress at most
    String id =
        platform.post(
            officer,
            "/api/referrals",
            """
            {"caseId":"bench-%s","district":"%s",
             "reason":"Loss of 350,000 yuan established by appraisal: above the 300,000 yuan threshold."}"""
                .formatted(UUID.randomUUID(), district.code),
            201);
    platform.post(
        tokens.get(district.account + "-head"), "/api/referrals/" + id + "/approval", null, 200);
    platform.post(officer, "/api/referrals/" + id + "/transfer", MATERIALS, 200);
    return Map.of(
        "referral",
        id,
        "account",
        district.account + "-police",
        "decision",
        n % 4 == 3 ? "decline" : "accept",
        "filingNotice",
        district.filingNotice.formatted(n + 1));
  }
}
