/**
 * The service directory: organisations, services, locations and schedules shaped on Open Referral
 * HSDS 3.0, and the Apache Lucene index that answers "what help is there near me".
 * <p>
 * Sub-packages follow the portal's layering: {@code domain} (the HSDS model, listings as moderators
 * edit them, the search's view of a service), {@code application} (use cases: import and export,
 * the gazetteer, search, the public API, the demo directory) and {@code infrastructure} (JDBC over
 * the directory's tables, the Lucene index, JSON). The portal calls the application and domain
 * packages; it binds them to its database and security in its own {@code application.directory}.
 */
package org.familyportal.directory;
