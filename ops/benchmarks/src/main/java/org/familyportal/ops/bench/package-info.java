/**
 * Measuring the portal (module ops/benchmarks): the search benchmark ({@code mvn -Pbench package}),
 * the help-request load benchmark ({@code -Pload}) and the fault benchmark ({@code -Pfaults}), each
 * on an embedded MariaDB and, for the HTTP parts, the built WAR on Payara Micro.
 */
package org.familyportal.ops.bench;
