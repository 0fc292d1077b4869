package org.familyportal.content.infrastructure.article;

import jakarta.enterprise.context.ApplicationScoped;
import org.familyportal.content.domain.article.ArticleException;
import org.familyportal.content.domain.article.ImageProcessing;
import org.familyportal.content.domain.article.ProcessedImage;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Uploads checked and resized with {@code javax.imageio}: the type is told by the first bytes (JPEG,
 * PNG, and WebP only when a WebP reader is installed: the JDK has none), the byte size and the
 * pixel count are limited before anything is decoded (a small file may claim a huge picture), then
 * the picture is kept in the widths of {@link #WIDTHS} it covers (and its own width when smaller),
 * PNG as PNG (transparency), everything else as JPEG.
 */
@ApplicationScoped
public class ImageIoProcessing implements ImageProcessing {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final long MAX_PIXELS = 30_000_000L;
    static final int MAX_SIDE = 12_000;
    static final int[] WIDTHS = {480, 960, 1600};

    @Override
    public ProcessedImage process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ArticleException("article.image.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new ArticleException("article.image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String format = sniff(upload);
        if (format == null || ("webp".equals(format) && !ImageIO.getImageReadersByFormatName("webp").hasNext())) {
            throw new ArticleException("article.image.type");
        }
        BufferedImage picture = read(upload, format);
        boolean png = "png".equals(format);
        List<ProcessedImage.Variant> variants = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < picture.getWidth()) {
                variants.add(new ProcessedImage.Variant(width, encode(scaled(picture, width, png), png)));
            }
        }
        if (picture.getWidth() <= WIDTHS[WIDTHS.length - 1]) {
            variants.add(new ProcessedImage.Variant(picture.getWidth(), encode(scaled(picture, picture.getWidth(), png), png)));
        }
        return new ProcessedImage(png ? "image/png" : "image/jpeg", picture.getWidth(), picture.getHeight(),
                digest(variants), List.copyOf(variants));
    }

    /** The format its first bytes say, or null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    private static BufferedImage read(byte[] upload, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new ArticleException("article.image.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new ArticleException("article.image.pixels", MAX_PIXELS / 1_000_000);
                }
                BufferedImage picture = reader.read(0);
                if (picture == null) {
                    throw new ArticleException("article.image.unreadable");
                }
                return picture;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ArticleException refused) {
                throw refused;
            }
            throw new ArticleException("article.image.unreadable");
        }
    }

    /** {@code picture} at {@code width}, its proportions kept, halving first for a smooth result. */
    private static BufferedImage scaled(BufferedImage picture, int width, boolean alpha) {
        BufferedImage current = picture;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, alpha);
        }
        return draw(current, width, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, boolean alpha) {
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage picture, boolean png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (png) {
                ImageIO.write(picture, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.82f);
                writer.write(null, new IIOImage(picture, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("An image could not be encoded", e);
        }
    }

    private static String digest(List<ProcessedImage.Variant> variants) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            variants.forEach(v -> sha.update(v.bytes()));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
