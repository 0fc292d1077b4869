package org.familyportal.content.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An image an editor uploaded for articles: always with a text alternative (what a person who
 * cannot see it must know), kept in a few widths ({@link ImageVariant}). Its address carries a
 * digest of its content, so browsers may keep it for a year.
 */
@Entity
@Table(name = "article_image")
public class ArticleImage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ALT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alt", nullable = false, length = ALT_MAX)
    private String alt;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "digest", nullable = false, length = 12)
    private String digest;

    /** The widths kept, smallest first, comma-separated. */
    @Column(name = "widths", nullable = false)
    private String widths;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected ArticleImage() {
    }

    public static ArticleImage of(ProcessedImage processed, String alt, Instant now, String by) {
        ArticleImage image = new ArticleImage();
        image.alt = checkedAlt(alt);
        image.contentType = processed.contentType();
        image.width = processed.width();
        image.height = processed.height();
        image.digest = processed.digest();
        image.widths = String.join(",", processed.variants().stream().map(v -> String.valueOf(v.width())).toList());
        image.uploadedBy = by;
        image.uploadedAt = Article.utc(now);
        return image;
    }

    /** The text alternative, required: what a person who cannot see the image must know. */
    public static String checkedAlt(String alt) {
        String text = alt == null ? "" : alt.strip();
        if (text.isEmpty() || text.length() > ALT_MAX) {
            throw new ArticleException("article.image.alt", ALT_MAX);
        }
        return text;
    }

    /** The file extension of its address. */
    public String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }

    /** Its address for {@code width} under the portal's image path: {@code 12-3fa9c2d1e0b4-960.jpg}. */
    public String fileName(int width) {
        return id + "-" + digest + "-" + width + "." + extension();
    }

    /** The widths kept, smallest first. */
    public List<Integer> widthList() {
        return Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
    }

    /** The largest width kept that is at most {@code wanted} (the smallest when none is). */
    public int widthFor(int wanted) {
        List<Integer> all = widthList();
        return all.stream().filter(w -> w <= wanted).reduce((x, y) -> y).orElse(all.get(0));
    }

    /** The height of the kept width nearest below {@code wanted} (for the page's layout before it loads). */
    public int heightFor(int wanted) {
        return (int) Math.round((double) height * widthFor(wanted) / width);
    }

    public Long getId() {
        return id;
    }

    public String getAlt() {
        return alt;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getDigest() {
        return digest;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return Article.instant(uploadedAt);
    }
}
