package org.familyportal.portal.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Registered before Arquillian's extension, so the database is ready when Payara Micro starts. */
public final class PrepareTestDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.get();
    }
}
