/** The API through which telephony systems log hotline calls as help requests, with an API token. */
package org.familyportal.portal.interfaces.rest.telephony;
