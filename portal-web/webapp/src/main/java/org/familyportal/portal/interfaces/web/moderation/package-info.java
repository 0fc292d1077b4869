/**
 * Backing beans of the moderators' pages: the lists of services and organisations (which lead to
 * the draft editor of {@code interfaces.web.listing}), a service's and an organisation's checks
 * (verify, retire, change log), and the reports of wrong information. No page here edits content.
 */
package org.familyportal.portal.interfaces.web.moderation;
