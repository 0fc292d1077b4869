/**
 * Demo content on start: with {@code portal.demo-data} on, each kind of content (articles, support
 * measures, the screener's rules) stores its demo set once, and a failure never stops the portal.
 */
package org.familyportal.content.application.demo;
