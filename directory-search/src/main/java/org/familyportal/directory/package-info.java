/**
 * The service directory: organisations, services, locations and schedules shaped on Open Referral
 * HSDS 3.0, and the Apache Lucene index that answers "what help is there near me".
 * <p>
 * Sub-packages follow the portal's layering: {@code domain} (entities, value objects, repositories),
 * {@code application} (use cases such as import, export and search), {@code infrastructure}
 * (JPA and Lucene) and {@code interfaces} (what the web module calls).
 */
package org.familyportal.directory;
