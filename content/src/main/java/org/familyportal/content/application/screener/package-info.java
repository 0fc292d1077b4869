/**
 * The screener's use cases: screening a household with the published rules (anyone; nothing stored),
 * and the editors' work on rules, parameters and test households (EDITOR or ADMIN), where a change
 * whose test households fail cannot be published without the editor having seen the failures.
 */
package org.familyportal.content.application.screener;
