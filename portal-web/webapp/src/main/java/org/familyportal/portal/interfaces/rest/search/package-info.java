/**
 * Search of the directory as JSON ({@code /api/search}), the same engine and parameters as the
 * "Find help" page.
 */
package org.familyportal.portal.interfaces.rest.search;
