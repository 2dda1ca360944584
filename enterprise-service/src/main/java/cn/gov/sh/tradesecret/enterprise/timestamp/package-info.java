/**
 * The platform's timestamping authority: RFC 3161 tokens over SHA-256 fingerprints, signed with its
 * key, verifiable offline against its published certificate ({@code openssl ts -verify}).
 */
package cn.gov.sh.tradesecret.enterprise.timestamp;
