/** Capacity through the gateway: officers' sittings at a rising rate (capacity.sh). */
package cn.gov.sh.tradesecret.capacity;
