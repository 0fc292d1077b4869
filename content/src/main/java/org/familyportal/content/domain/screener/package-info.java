/**
 * The screener ("what am I entitled to?"): a household's facts, the rules of each support measure
 * written as data (groups of checks over facts and date-versioned, zoned parameters), and their
 * evaluation in three-valued logic (PASS / FAIL / UNKNOWN), so that an unanswered question gives
 * "need more information", never "not eligible". Measures are referred to by their code only.
 */
package org.familyportal.content.domain.screener;
