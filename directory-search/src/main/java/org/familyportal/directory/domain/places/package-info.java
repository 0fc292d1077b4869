/**
 * The gazetteer in the domain's words: a line of a places file ({@link
 * org.familyportal.directory.domain.places.GazetteerRow}), the routing of a municipality to the
 * family resource centre of its nearest neighbour ({@link
 * org.familyportal.directory.domain.places.CentreRouting}), and the gateway over the region,
 * municipality, settlement and data-load tables ({@link
 * org.familyportal.directory.domain.places.PlaceTables}, JDBC in {@code infrastructure.jdbc}).
 */
package org.familyportal.directory.domain.places;
