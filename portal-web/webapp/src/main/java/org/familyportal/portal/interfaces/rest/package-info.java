/**
 * The portal's REST API under {@code /api} (JAX-RS): the application, the contacts resource, and
 * errors as {@code application/problem+json} in the caller's language.
 */
package org.familyportal.portal.interfaces.rest;
