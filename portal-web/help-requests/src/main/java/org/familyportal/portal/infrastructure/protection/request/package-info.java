/**
 * The encryption of help requests' personal data: which columns of requests, timelines, tasks and
 * referrals are sealed, one converter each (applied in {@code META-INF/help-requests-orm.xml}), as
 * declared to the platform's key rotation ({@code HelpRequestSealedColumns}).
 */
package org.familyportal.portal.infrastructure.protection.request;
