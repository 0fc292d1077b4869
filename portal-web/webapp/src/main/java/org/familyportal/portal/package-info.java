/**
 * The portal's web application. Packages follow the layers:
 * {@code domain} (entities and rules in the domain's words), {@code application} (use cases the
 * pages and the API call), {@code infrastructure} (database, security, HTTP plumbing) and
 * {@code interfaces} (JSF backing beans under {@code web}, JAX-RS under {@code rest}, health checks).
 */
package org.familyportal.portal;
