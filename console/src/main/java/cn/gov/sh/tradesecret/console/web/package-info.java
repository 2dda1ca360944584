/**
 * What every page shares: the officer's login at identity-service, the calls to the APIs with the
 * officer's token, problem details turned into messages, the layout and its navigation by role.
 */
package cn.gov.sh.tradesecret.console.web;
