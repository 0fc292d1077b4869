/**
 * Measuring the portal (module ops/benchmarks): the directory search at scale ({@code SearchBenchmark},
 * {@code mvn -Pbench package}), the load of help requests through the API and the forms
 * ({@code HelpRequestLoad}, {@code -Pload}) and the faults a running portal must survive
 * ({@code FaultBenchmark}, {@code -Pfaults}), each on an embedded MariaDB and, for the HTTP parts,
 * the built WAR on Payara Micro.
 */
package org.familyportal.ops.bench;
