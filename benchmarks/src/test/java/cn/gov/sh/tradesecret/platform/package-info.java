/** The running platform as the simulations' set-up calls it, before their load starts. */
package cn.gov.sh.tradesecret.platform;
