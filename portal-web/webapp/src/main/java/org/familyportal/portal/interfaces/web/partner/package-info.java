/** A partner organisation's page of the referrals addressed to it. */
package org.familyportal.portal.interfaces.web.partner;
