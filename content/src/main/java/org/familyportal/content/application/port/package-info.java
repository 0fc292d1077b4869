/**
 * What the content's use cases need from the host that runs them: who is calling.
 */
package org.familyportal.content.application.port;
