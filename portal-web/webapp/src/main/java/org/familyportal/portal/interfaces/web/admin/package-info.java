/**
 * Backing beans of the administrators' pages: staff accounts, resource centres and memberships, API
 * tokens, the audit trail, the data key, undelivered mail, topic synonyms, and the directory's
 * import and export.
 */
package org.familyportal.portal.interfaces.web.admin;
