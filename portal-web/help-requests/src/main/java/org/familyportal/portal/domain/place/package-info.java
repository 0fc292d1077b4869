/**
 * Places as a family lives in them: a {@link PlaceTime} is a moment read on the wall clock of the
 * place's region (the gazetteer's {@code region.time_zone}), with the zone's offset and the region,
 * so that every time a family is shown (a receipt's deadline, a reply on the status page) is the
 * time of their own clock, labelled. The application's {@code RegionTimes} finds the zone of a
 * municipality.
 */
package org.familyportal.portal.domain.place;
