package org.familyportal.portal.infrastructure.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' messages as a list that is a list: PrimeFaces gives every {@code <li>} the role "alert", which
 * makes it no longer a list item, so the {@code <ul>} holds no items for a screen reader (axe: "list",
 * serious). The messages' box is already a polite live region ({@code aria-live}), so the messages are still
 * read out when an update brings them. Registered in faces-config.xml for {@code p:messages}.
 */
public class MessagesAsList extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!("role".equals(name) && "alert".equals(value))) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, uiMessages, msg, severity, escape);
    }
}
