package org.familyportal.portal.domain.centre;

import java.util.List;
import java.util.Objects;

/**
 * A family resource centre: an organisation of the directory ({@code id} is its {@code organization.id})
 * that answers for the help requests of its municipalities. Administrators set which municipalities
 * those are; a municipality has at most one centre.
 */
public record ResourceCentre(String id, String name, List<MunicipalityCode> municipalities) {

    public ResourceCentre {
        Objects.requireNonNull(id, "centre id");
        name = name == null ? id : name;
        municipalities = List.copyOf(municipalities);
    }

    public boolean answersFor(MunicipalityCode municipality) {
        return municipalities.contains(municipality);
    }
}
