package org.familyportal.directory.domain.listing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ServiceStatus} as the HSDS text. */
@Converter
public class ServiceStatusConverter implements AttributeConverter<ServiceStatus, String> {

    @Override
    public String convertToDatabaseColumn(ServiceStatus status) {
        return status == null ? null : status.hsds();
    }

    @Override
    public ServiceStatus convertToEntityAttribute(String value) {
        return value == null ? null : ServiceStatus.ofHsds(value);
    }
}
