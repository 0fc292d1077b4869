package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import org.familyportal.directory.application.places.GazetteerCsv;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.application.exchange.DirectoryImports;
import org.familyportal.directory.application.places.GazetteerLoading;
import org.familyportal.directory.application.search.IndexRebuild;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.sql.SQLException;

/**
 * Backing bean of {@code admin/directory.xhtml}: upload HSDS files, watch the import, read its
 * report; load a region's list of places (the gazetteer) and read what was loaded or refused.
 */
@Named
@ViewScoped
public class DirectoryExchange implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_UPLOAD = 50L * 1024 * 1024;

    @Inject
    transient DirectoryImports imports;

    @Inject
    transient SecurityContext security;

    @Inject
    transient IndexRebuild rebuild;

    private transient Part file;
    private String jobId;

    @Inject
    transient GazetteerLoading gazetteer;

    /** The list of places to load; its report is shown once, on the page that answers the upload. */
    private transient Part places;
    private transient GazetteerImport.Report placesReport;

    /** Loads a region's list of places (gazetteer CSV) at once: it is small and written all or nothing. */
    public void uploadPlaces() throws IOException, SQLException {
        String name = places == null ? "" : places.getSubmittedFileName();
        if (places == null || places.getSize() == 0 || name == null || !name.toLowerCase().endsWith(".csv")) {
            Messages.addError("places:placesFile", "admin.places.fileType");
            return;
        }
        if (places.getSize() > GazetteerCsv.MAX_BYTES) {
            Messages.addError("places:placesFile", "admin.places.tooLarge");
            return;
        }
        try (InputStream in = places.getInputStream()) {
            placesReport = gazetteer.load(security.getCallerPrincipal().getName(), name, in.readAllBytes());
        }
    }

    public GazetteerImport.Report getPlacesReport() {
        return placesReport;
    }

    public Part getPlaces() {
        return places;
    }

    public void setPlaces(Part places) {
        this.places = places;
    }

    public void upload() throws IOException {
        String name = file == null ? "" : file.getSubmittedFileName();
        if (file == null || file.getSize() == 0 || name == null
                || !(name.toLowerCase().endsWith(".zip") || name.toLowerCase().endsWith(".csv")
                || name.toLowerCase().endsWith(".json"))) {
            Messages.addError("exchange:file", "admin.directory.fileType");
            return;
        }
        if (file.getSize() > MAX_UPLOAD) {
            Messages.addError("exchange:file", "admin.directory.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            jobId = imports.start(security.getCallerPrincipal().getName(), name, in.readAllBytes()).getId();
        }
    }

    /** Where a reported row is, in the reader's words: "line 3" of a CSV file, or a JSON path. */
    public String where(String position) {
        if (position != null && position.startsWith("line ")) {
            return Faces.getBundleString("admin.directory.line", position.substring(5));
        }
        return position;
    }

    public void rebuildIndex() {
        if (!rebuild.start()) {
            Messages.addError("index:rebuild", "admin.directory.rebuildRunning");
        }
    }

    public IndexRebuild getRebuild() {
        return rebuild;
    }

    public DirectoryImports.Job getJob() {
        return imports.job(jobId, security.getCallerPrincipal().getName()).orElse(null);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }
}
