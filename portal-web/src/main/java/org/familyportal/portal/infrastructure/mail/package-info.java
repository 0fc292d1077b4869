/**
 * Outgoing mail: an outbox table written in the business transaction and a sender that delivers it
 * over SMTP right after the commit and again on a timer until the server takes it.
 */
package org.familyportal.portal.infrastructure.mail;
