/**
 * Outgoing mail: an outbox table written in the business transaction and a sender that delivers a
 * new mail right after the commit, then retries each mail on its own backoff until the server takes
 * it or, after hours, gives it up as a dead letter that administrators see and may hand back.
 */
package org.familyportal.portal.infrastructure.mail;
