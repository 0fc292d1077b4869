/**
 * The directory as the public HSDS 3.0 API shows it ({@code HsdsApi}): services, organisations,
 * taxonomies and service-at-locations as JSON shaped by the standard, confidential places left out.
 */
package org.familyportal.directory.application.api;
