/** The guidance visits' API: record a visit to a pilot, list its visits. */
package cn.gov.sh.tradesecret.pilots.guidance.web;
