/** The hotline operator's screen: logging a live call, with repeat-caller lookup and the directory at hand. */
package org.familyportal.portal.interfaces.web.hotline;
