/**
 * Help requests: what a family or a hotline caller asked, where it was routed, how it was triaged
 * and followed until closed, with its timeline, follow-up tasks and referrals to partner
 * organisations. Personal data fields are encrypted at rest (see infrastructure.protection).
 */
package org.familyportal.portal.domain.request;
