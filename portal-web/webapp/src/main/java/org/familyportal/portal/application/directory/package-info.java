/**
 * The directory module's use cases bound to the portal's database and security: moderation of
 * listings, background HSDS imports, gazetteer loads, and the demo directory and gazetteer at first
 * start.
 */
package org.familyportal.portal.application.directory;
