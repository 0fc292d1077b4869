/**
 * JSON-P helpers: builders from one cached provider factory.
 */
package org.familyportal.directory.infrastructure.json;
