/**
 * Deliberate violations of the build's architecture rules, so that {@code TestArchitectureTest}
 * shows each rule failing on one. Left out of the module's own architecture check.
 */
package cn.gov.sh.tradesecret.testsupport.archfixture;
