/**
 * Backing beans of the moderators' pages: lists and editors of services and organisations, and the
 * reports of wrong information.
 */
package org.familyportal.portal.interfaces.web.moderation;
