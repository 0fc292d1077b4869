/**
 * Backing beans of the public directory pages: "Find help" (the search), one service's page with
 * its "report wrong information" form, and how a service's details read in the reader's language.
 */
package org.familyportal.portal.interfaces.web.directory;
