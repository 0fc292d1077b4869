/**
 * MicroProfile Health checks: liveness, and readiness of the database, the data key and the mail
 * outbox.
 */
package org.familyportal.portal.interfaces.health;
