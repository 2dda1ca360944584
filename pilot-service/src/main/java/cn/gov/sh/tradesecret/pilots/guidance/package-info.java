/**
 * Guidance visits (走访指导) to pilots: who went, when, the topics and the advice given ("one
 * enterprise one policy").
 */
package cn.gov.sh.tradesecret.pilots.guidance;
