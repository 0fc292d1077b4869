/**
 * The service directory: organisations, services, locations and schedules shaped on Open Referral
 * HSDS 3.0, their moderation, import and export, the gazetteer, and the Apache Lucene index that
 * answers "what help is there near me".
 * <p>
 * Sub-packages follow the portal's layering: {@code domain} (the HSDS model, listings as moderators
 * edit them, the places, the search's view of a service, and the interfaces of the gateways and
 * repositories), {@code application} (use cases: moderation, import and export, the gazetteer,
 * search, the public API, the demo directory, and the ports the host implements), {@code
 * infrastructure} (JDBC gateways over the directory's tables, JPA for the listings, the Lucene
 * index, Flyway) and {@code wiring} (CDI producers binding the plain use-case classes to the host's
 * data source). The portal's WAR calls the application and domain packages and implements the ports
 * ({@code application.port}: caller, audit trail) in its own {@code application.directory}; the
 * module never depends on the WAR. {@code ArchitectureTest} keeps it so.
 */
package org.familyportal.directory;
