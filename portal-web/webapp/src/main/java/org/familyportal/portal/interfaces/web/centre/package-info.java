/** The family resource centre's workspace: the queue of its requests and the work on one request. */
package org.familyportal.portal.interfaces.web.centre;
