package org.familyportal.portal.interfaces.web.content.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.familyportal.content.application.article.ArticleEditing;
import org.familyportal.content.application.article.ArticleImages;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleChangedMeanwhileException;
import org.familyportal.content.domain.article.ArticleContent;
import org.familyportal.content.domain.article.ArticleException;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.ArticleRevision;
import org.familyportal.content.domain.article.ArticleStatus;
import org.familyportal.content.domain.article.LineDiff;
import org.familyportal.content.infrastructure.article.ImageIoProcessing;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backing bean of {@code editorial/article.xhtml}: an article as the editor types it, with the live
 * preview (the same rendering and sanitizer as the public page), the workflow's buttons, the
 * revisions with their differences and restore, and image upload. {@link ArticleEditing} decides who
 * may do what; a save over someone else's keeps what was typed and says so.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ArticleEditing editing;

    @Inject
    transient ArticleImages images;

    @Inject
    transient ArticleCategories categories;

    @Inject
    transient ArticleLinks links;

    private Long id;
    private long version;
    private ArticleStatus status;
    private boolean scheduled;
    private Instant publishedAt;
    private boolean demo;
    private ArticleKind kind = ArticleKind.GUIDE;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String language = "ru";
    private List<String> chosenCategories = new ArrayList<>();
    private String tags;
    private Long coverImageId;
    private String publishAt;
    private String preview = "";
    private List<LineDiff.Line> diff;
    private int diffFrom;
    private int diffTo;
    private transient Part upload;
    private String alt;
    private String uploadedSnippet;
    /** The last action was an image upload: its message shows beside the images, not above the article too. */
    private boolean imageAction;
    /** While {@link #save()} creates the article (the one action without an id). */
    private transient boolean creating;

    /** The view action: an article to edit ({@code ?id=}), or a new one. */
    public void load() throws IOException {
        String param = Faces.getRequestParameter("id");
        if (param == null || Faces.isPostback()) {
            return;
        }
        try {
            Article article = editing.article(Long.parseLong(param)).orElse(null);
            if (article == null) {
                Faces.responseSendError(404, null);
                return;
            }
            show(article);
        } catch (NumberFormatException e) {
            Faces.responseSendError(404, null);
        }
    }

    private void show(Article article) {
        id = article.getId();
        version = article.getVersion();
        status = article.getStatus();
        scheduled = article.isScheduledAt(editing.now());
        publishedAt = article.getPublishAt();
        demo = article.isDemo();
        kind = article.getKind();
        title = article.getTitle();
        slug = article.getSlug();
        summary = article.getSummary();
        body = article.getBody();
        language = article.getLanguage();
        chosenCategories = new ArrayList<>(article.getCategories());
        tags = String.join(", ", article.getTags());
        coverImageId = article.getCoverImageId();
        preview = editing.preview(body);
    }

    private ArticleContent content() {
        List<String> unknown = chosenCategories.stream().filter(c -> !categories.known(c)).toList();
        if (!unknown.isEmpty()) {
            throw new ArticleException("article.invalid.categories", ArticleContent.CATEGORIES_MAX);
        }
        return new ArticleContent(kind, title, summary, body, language, new LinkedHashSet<>(chosenCategories),
                ArticleContent.tagsFrom(tags), coverImageId);
    }

    public void save() throws IOException {
        boolean created = id == null;
        creating = created;
        Article saved;
        try {
            saved = act(() -> created ? editing.create(content(), slug) : editing.save(id, version, content(), slug));
        } finally {
            creating = false;
        }
        if (saved != null && created) {
            Messages.addFlashGlobalInfo("article.editor.saved");
            Faces.redirect(Faces.getRequestContextPath() + "/editorial/article.xhtml?id=" + saved.getId());
        }
    }

    public void submit() {
        act(() -> editing.submit(id, version));
    }

    public void publish() {
        Instant from = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                from = links.instant(LocalDateTime.parse(publishAt));
            } catch (DateTimeParseException e) {
                Messages.addGlobalError("article.editor.publishAt.invalid");
                return;
            }
        }
        Instant at = from;
        act(() -> editing.publish(id, version, at));
    }

    public void backToDraft() {
        act(() -> editing.backToDraft(id, version));
    }

    public void archive() {
        act(() -> editing.archive(id, version));
    }

    public void restore(int number) {
        // Said plainly: the editor clicked "restore", not "save", and on a published article the
        // restored text is what readers see from now on.
        act(() -> editing.restore(id, version, number),
                restored -> Messages.addGlobalInfo("article.editor.restored." + restored.getStatus().name(), number));
        diff = null;
    }

    public void compare(int from, int to) {
        if (id == null) {
            return;
        }
        try {
            diff = editing.diff(id, from, to);
            diffFrom = from;
            diffTo = to;
        } catch (ArticleException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    /** The live preview (ajax, as the editor types). */
    public void refreshPreview() {
        preview = editing.preview(body);
    }

    public void uploadImage() {
        imageAction = true;
        if (upload == null || upload.getSize() == 0) {
            Messages.addGlobalError("article.image.empty");
            return;
        }
        if (upload.getSize() > ImageIoProcessing.MAX_BYTES) {
            Messages.addGlobalError("article.image.tooLarge", ImageIoProcessing.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            ArticleImage image = images.upload(in.readNBytes(ImageIoProcessing.MAX_BYTES + 1), alt);
            uploadedSnippet = snippet(image);
            alt = null;
            Messages.addGlobalInfo("article.image.uploaded");
        } catch (ArticleException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        } catch (IOException e) {
            Messages.addGlobalError("article.image.unreadable");
        }
    }

    /** Runs a use case; on success shows the article as it now is, on refusal says why and keeps what was typed. */
    private Article act(Supplier<Article> action) {
        return act(action, article -> Messages.addGlobalInfo("article.editor.done." + article.getStatus().name()));
    }

    private Article act(Supplier<Article> action, java.util.function.Consumer<Article> done) {
        imageAction = false;
        if (id == null && !creating) {
            Messages.addGlobalError("article.unknown");
            return null;
        }
        try {
            Article article = action.get();
            show(article);
            done.accept(article);
            return article;
        } catch (ArticleChangedMeanwhileException e) {
            Messages.addGlobalError("article.changedMeanwhile");
        } catch (ArticleException e) {
            Object[] arguments = e.arguments();
            if ("article.workflow.notAllowed".equals(e.messageKey())) {
                arguments = java.util.Arrays.stream(arguments).map(a -> Faces.getBundleString("ArticleStatus." + a)).toArray();
            }
            Messages.addGlobalError(e.messageKey(), arguments);
        }
        return null;
    }

    public List<ArticleRevision> getRevisions() {
        return id == null ? List.of() : editing.revisions(id);
    }

    public List<ArticleImage> getRecentImages() {
        return images.recent();
    }

    public String imageUrl(ArticleImage image) {
        return Faces.getRequestContextPath() + "/images/" + image.fileName(image.widthFor(480));
    }

    /** The Markdown that shows {@code image} in an article (960 px wide at most). */
    public String snippet(ArticleImage image) {
        return "![" + image.getAlt().replace("]", "") + "](" + Faces.getRequestContextPath() + "/images/"
                + image.fileName(image.widthFor(960)) + ")";
    }

    public List<ArticleKind> getKinds() {
        return List.of(ArticleKind.values());
    }

    public boolean isSaved() {
        return id != null;
    }

    public boolean may(String target) {
        return status != null && status.mayMoveTo(ArticleStatus.valueOf(target));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getChosenCategories() {
        return chosenCategories;
    }

    public void setChosenCategories(List<String> chosenCategories) {
        this.chosenCategories = chosenCategories == null ? new ArrayList<>() : new ArrayList<>(chosenCategories);
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public String getPreview() {
        return preview;
    }

    public List<LineDiff.Line> getDiff() {
        return diff;
    }

    public int getDiffFrom() {
        return diffFrom;
    }

    public int getDiffTo() {
        return diffTo;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public boolean isImageAction() {
        return imageAction;
    }

    public String getUploadedSnippet() {
        return uploadedSnippet;
    }
}
