/** The audit trail of personal data: who viewed, changed or exported which help request, and when. */
package org.familyportal.portal.domain.audit;
