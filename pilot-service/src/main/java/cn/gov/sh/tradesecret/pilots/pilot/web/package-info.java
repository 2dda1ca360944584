/**
 * The pilots' API: nomination, the lifecycle steps one endpoint each, history, and the directory of
 * designated pilots.
 */
package cn.gov.sh.tradesecret.pilots.pilot.web;
