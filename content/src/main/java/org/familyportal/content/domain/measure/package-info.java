/**
 * Support measures for families: a payment, a benefit, a tax deduction, a programme or a status that
 * a federal, regional or municipal body gives, with who is eligible, how to apply, its legal basis,
 * its amounts (each with an effective period and the source it was read from) and when an editor
 * last checked it against the sources ({@link org.familyportal.content.domain.measure.Staleness}).
 */
package org.familyportal.content.domain.measure;
