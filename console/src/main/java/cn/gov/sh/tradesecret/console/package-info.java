/** The officers' console: server-rendered pages over the platform's APIs, for every agency. */
package cn.gov.sh.tradesecret.console;
