/** enterprise-service: enterprises report suspected infringements to the competent bureau. */
package cn.gov.sh.tradesecret.enterprise;
