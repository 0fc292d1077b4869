/**
 * The gazetteer's data: reading a region's list of places (CSV) and loading it into the region,
 * municipality and settlement tables through their gateway, all or nothing, with the routing of new
 * municipalities to their nearest resource centre; the shipped list loaded at start ({@code
 * GazetteerStartup}) and a region's own list loaded by its administrator ({@code GazetteerLoading}).
 */
package org.familyportal.directory.application.places;
