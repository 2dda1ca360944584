/**
 * The pilot service: trade-secret protection pilots (创新试点) of the districts, from nomination to
 * designation and review, their guidance visits, health checks, imports and counts.
 */
package cn.gov.sh.tradesecret.pilots;
