/** Working days in mainland China from the State Council's holiday schedules, as data. */
package cn.gov.sh.tradesecret.support.calendar;
