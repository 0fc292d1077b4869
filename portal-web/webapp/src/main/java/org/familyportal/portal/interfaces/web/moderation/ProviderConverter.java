package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.omnifaces.util.Messages;


/** An organisation in a form travels as its id. */
@FacesConverter(forClass = Provider.class)
public class ProviderConverter implements Converter<Provider> {

    @Override
    public Provider getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ListingModeration moderation = CDI.current().select(ListingModeration.class).get();
        return moderation.provider(value).orElseThrow(() -> Messages.asConverterException("moderation.service.unknownProvider"));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Provider provider) {
        return provider == null ? "" : provider.getId();
    }
}
