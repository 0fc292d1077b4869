/**
 * Benchmarks run from the command line: the directory search at scale ({@code SearchBenchmark}),
 * the load of help requests through the API and the forms ({@code HelpRequestLoad}) and the faults
 * a running portal must survive ({@code FaultBenchmark}), each starting its own Payara Micro on an
 * embedded MariaDB.
 */
package org.familyportal.ops.bench;
