package org.familyportal.portal.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;

import java.util.Arrays;

/** The content's caller is the portal's: same security context, same "access denied". */
@ApplicationScoped
public class PortalContentCaller implements ContentCaller {

    @Inject
    CurrentCaller caller;

    @Override
    public String require(ContentRole... anyOf) {
        return caller.require(Arrays.stream(anyOf).map(r -> Role.valueOf(r.name())).toArray(Role[]::new));
    }

    @Override
    public boolean hasRole(ContentRole role) {
        return caller.hasRole(Role.valueOf(role.name()));
    }

    @Override
    public RuntimeException refusal(String why) {
        return new AccessDeniedException(why);
    }
}
