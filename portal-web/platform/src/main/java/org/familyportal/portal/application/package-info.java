/**
 * The portal's use cases, one sub-package per area; the exception a use case throws when it cannot
 * do what it was asked ({@code InvalidRequestException}, explained by a message key).
 */
package org.familyportal.portal.application;
