/**
 * Telephony systems that log hotline calls through the API, known by the tokens administrators issue
 * them ({@link ApiToken}); the database keeps only a token's hash ({@link ApiTokenRepository}).
 */
package org.familyportal.portal.domain.telephony;
