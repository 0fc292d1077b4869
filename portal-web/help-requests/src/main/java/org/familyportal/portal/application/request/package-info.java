/**
 * The use cases of help requests: online submission and the status page, hotline intake and the
 * telephony API, routing to the resource centre, the centre's workspace, referrals to partners,
 * alerts, escalation of overdue requests and anonymisation after the retention period.
 */
package org.familyportal.portal.application.request;
