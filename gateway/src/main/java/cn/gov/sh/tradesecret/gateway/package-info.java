/** API gateway of the platform; routes are configuration only ({@code application.yml}). */
package cn.gov.sh.tradesecret.gateway;
