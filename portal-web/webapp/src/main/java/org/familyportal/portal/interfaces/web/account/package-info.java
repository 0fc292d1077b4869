/**
 * Backing beans of a person's own account: changing the password (also the forced change after an
 * administrator's reset), and resetting a forgotten one by mail.
 */
package org.familyportal.portal.interfaces.web.account;
