/**
 * The portal's search of the directory: one index for the application's lifetime, opened (and if
 * needed rebuilt) at start-up, rebuilt on request, and the checked search request the page and the
 * API share.
 */
package org.familyportal.portal.application.search;
