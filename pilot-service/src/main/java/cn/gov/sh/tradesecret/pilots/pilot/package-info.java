/**
 * Innovation pilots (创新试点): parks, units, stations and points a district bureau cultivates, from
 * nomination on.
 */
package cn.gov.sh.tradesecret.pilots.pilot;
