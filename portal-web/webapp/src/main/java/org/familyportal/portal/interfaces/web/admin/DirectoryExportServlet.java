package org.familyportal.portal.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyportal.directory.application.exchange.Audience;
import org.familyportal.directory.application.exchange.AuditedExport;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Downloads the whole directory as an HSDS 3.0 package: {@code ?format=zip} (CSV data package) or
 * {@code json}; {@code &audience=public} leaves out confidential addresses, the default is a full
 * backup. Under /admin/, so only administrators reach it (RestrictedAreaFilter); every export is
 * audited.
 */
@WebServlet("/admin/directory-export")
public class DirectoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditedExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = "json".equals(request.getParameter("format"));
        Audience audience = "public".equals(request.getParameter("audience")) ? Audience.PUBLIC : Audience.FULL;
        String name = "directory-" + audience.name().toLowerCase() + "-" + LocalDate.now() + (json ? ".json" : ".zip");
        response.setContentType(json ? "application/json;charset=UTF-8" : "application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            export.write(audience, json, request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                    response.getOutputStream());
        } catch (SQLException e) {
            throw new IOException("The directory could not be read for export", e);
        }
    }
}
