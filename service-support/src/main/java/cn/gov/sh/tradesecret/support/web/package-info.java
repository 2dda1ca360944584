/** The web edge of every service: the one problem-detail handler and correlation ids. */
package cn.gov.sh.tradesecret.support.web;
