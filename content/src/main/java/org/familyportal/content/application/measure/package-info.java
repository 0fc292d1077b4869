/**
 * The catalogue's use cases: parents read the published measures (filtered by life situation, level
 * and region); editors and administrators keep them (edit, confirm as verified today, see the stale
 * ones); the demo catalogue is loaded once when demo data is on.
 */
package org.familyportal.content.application.measure;
