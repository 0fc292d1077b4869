/**
 * The support measures' pages: the public catalogue and one measure (plain Faces, no JavaScript),
 * and the editors' list and edit screen under {@code /editorial/}.
 */
package org.familyportal.portal.interfaces.web.content.measure;
