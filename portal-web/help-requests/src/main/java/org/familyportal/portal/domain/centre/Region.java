package org.familyportal.portal.domain.centre;

/** A region of the gazetteer, in both languages. */
public record Region(String code, String nameRu, String nameEn) {
}
