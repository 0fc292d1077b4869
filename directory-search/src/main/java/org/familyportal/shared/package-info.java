/**
 * Small helpers without a domain of their own that every module needs the same way, such as
 * {@link org.familyportal.shared.Hashes} (how tokens, private codes and file fingerprints are hashed).
 * They live in {@code directory-search} because it is the module that the portal, the operations
 * tools and the benchmarks all depend on; they use the JDK only.
 */
package org.familyportal.shared;
