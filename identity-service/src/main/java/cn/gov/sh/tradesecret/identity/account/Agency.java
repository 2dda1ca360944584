package cn.gov.sh.tradesecret.identity.account;

/**
 * Agency type of an officer's unit, issued as the {@code agency} claim; visibility rules of
 * every service follow it.
 */
public enum Agency {

	MARKET_REGULATION, POLICE, PROCURATORATE, COURT, PLATFORM

}
