/** Writing and reading the audit trail of personal data. */
package org.familyportal.portal.application.audit;
