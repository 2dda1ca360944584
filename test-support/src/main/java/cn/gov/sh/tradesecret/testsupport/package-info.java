/**
 * Tests on real servers: the platform's integration-test setup, its clock, tokens, probes and the
 * build's architecture rules.
 */
package cn.gov.sh.tradesecret.testsupport;
