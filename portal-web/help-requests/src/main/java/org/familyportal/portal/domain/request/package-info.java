/**
 * Help requests: what a family or a hotline caller asked, where it was routed, how it was triaged
 * and followed until closed, with its timeline, follow-up tasks and referrals to partner
 * organisations. Personal data fields are encrypted at rest: the converters
 * ({@code infrastructure.protection.request.HelpRequestSealedColumns}) are named in
 * {@code META-INF/help-requests-orm.xml}, not here, so that the domain imports nothing from
 * infrastructure. {@link HelpRequestRepository} and {@link TopicRepository}
 * say what the use cases read and store; {@link RequestNumber} is the number a family quotes.
 */
package org.familyportal.portal.domain.request;
