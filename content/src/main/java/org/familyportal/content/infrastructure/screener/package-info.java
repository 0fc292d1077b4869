/** The screener's storage (JPA). */
package org.familyportal.content.infrastructure.screener;
