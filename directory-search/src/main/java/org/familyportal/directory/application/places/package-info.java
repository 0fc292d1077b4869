/**
 * The gazetteer's data: reading a region's list of places (CSV) and loading it into the region,
 * municipality and settlement tables, all or nothing, with the routing of municipalities to their
 * nearest resource centre.
 */
package org.familyportal.directory.application.places;
