/** Pages of families: "Ask for help" and the status page of a request. */
package org.familyportal.portal.interfaces.web.request;
