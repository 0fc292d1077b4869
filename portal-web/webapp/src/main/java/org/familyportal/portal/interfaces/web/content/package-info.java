/**
 * Backing beans of the public content pages: the site-wide search's tabs (services, support measures,
 * articles).
 */
package org.familyportal.portal.interfaces.web.content;
