package org.familyportal.content.domain.article;

/**
 * Turns an upload into the widths the portal serves; refuses what is not a JPEG, PNG (or WebP,
 * where the platform reads it), what is too large in bytes or in pixels (decompression bombs).
 * Implemented with {@code javax.imageio} in {@code infrastructure.article}.
 */
public interface ImageProcessing {

    /** @throws ArticleException with the reason (type, size, pixels, unreadable) */
    ProcessedImage process(byte[] upload);
}
