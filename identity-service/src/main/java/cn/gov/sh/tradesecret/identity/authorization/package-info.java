/** The authorizations (codes and tokens) kept in the database, and their removal once spent. */
package cn.gov.sh.tradesecret.identity.authorization;
