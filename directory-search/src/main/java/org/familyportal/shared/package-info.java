/**
 * Small helpers without a domain of their own that every module needs the same way, such as
 * {@link org.familyportal.shared.Hashes} (how tokens, private codes and file fingerprints are hashed)
 * and {@link org.familyportal.shared.JsonBuilders} (JSON-P builders from one cached provider
 * factory). They live in {@code directory-search} because it is the module that the portal, the
 * operations tools and the benchmarks all depend on; they use the JDK and the Jakarta EE API only.
 */
package org.familyportal.shared;
