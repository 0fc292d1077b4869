package org.familyportal.content.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One width of an uploaded image, as it is served. */
@Entity
@Table(name = "article_image_variant")
@IdClass(ImageVariant.Key.class)
public class ImageVariant implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The identity of a variant: its image and width. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long imageId;
        private int width;

        public Key() {
        }

        public Key(Long imageId, int width) {
            this.imageId = imageId;
            this.width = width;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(imageId, k.imageId) && width == k.width;
        }

        @Override
        public int hashCode() {
            return Objects.hash(imageId, width);
        }
    }

    @Id
    @Column(name = "image_id")
    private Long imageId;

    @Id
    @Column(name = "width")
    private int width;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected ImageVariant() {
    }

    public ImageVariant(Long imageId, int width, byte[] bytes) {
        this.imageId = imageId;
        this.width = width;
        this.bytes = bytes;
    }

    public int getWidth() {
        return width;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
