package org.neuropynamics.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The user guide: chapters written in Markdown in this bundle's {@code guide/} folder (the same files the
 * README links to), listed in {@code guide/contents.txt} as {@code file | title | part ids}. The part ids
 * are the views and editors whose F1 opens that chapter.
 */
public final class UserGuide {

    /** A chapter of the guide. */
    public record Chapter(String file, String title, List<String> partIds, String text) {

        /** How often every word of {@code query} occurs (0 when one of them does not). */
        public int matches(String query) {
            String haystack = (title + "\n" + text).toLowerCase(Locale.ROOT);
            int total = 0;
            for (String word : words(query)) {
                int n = 0;
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)).matcher(haystack);
                while (m.find()) {
                    n++;
                }
                if (n == 0) {
                    return 0;
                }
                total += n;
            }
            return total;
        }
    }

    private static final String BUNDLE = "org.neuropynamics.ui";
    private static UserGuide loaded;

    private final List<Chapter> chapters;

    UserGuide(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
    }

    /** The guide shipped in this bundle (read once). */
    public static synchronized UserGuide get() {
        if (loaded == null) {
            loaded = load(Platform.getBundle(BUNDLE));
        }
        return loaded;
    }

    static UserGuide load(Bundle bundle) {
        List<Chapter> chapters = new ArrayList<>();
        String contents = read(bundle, "guide/contents.txt");
        for (String line : contents.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\|", -1);
            String file = cols[0].strip();
            String title = cols.length > 1 ? cols[1].strip() : file;
            List<String> parts = new ArrayList<>();
            if (cols.length > 2) {
                for (String id : cols[2].split(",")) {
                    if (!id.isBlank()) {
                        parts.add(id.strip());
                    }
                }
            }
            chapters.add(new Chapter(file, title, parts, read(bundle, "guide/" + file)));
        }
        return new UserGuide(chapters);
    }

    private static String read(Bundle bundle, String path) {
        URL url = bundle == null ? null : bundle.getEntry(path);
        if (url == null) {
            return "";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return "";
        }
    }

    /** Every chapter, in reading order. */
    public List<Chapter> chapters() {
        return chapters;
    }

    /** The chapter that explains the part with this id, or the first chapter. */
    public Chapter chapterFor(String partId) {
        for (Chapter c : chapters) {
            if (partId != null && c.partIds().contains(partId)) {
                return c;
            }
        }
        return chapters.isEmpty() ? null : chapters.get(0);
    }

    /** The chapters in which every word of {@code query} occurs, the most matches first. */
    public List<Chapter> search(String query) {
        List<Chapter> hits = new ArrayList<>();
        if (words(query).isEmpty()) {
            return hits;
        }
        for (Chapter c : chapters) {
            if (c.matches(query) > 0) {
                hits.add(c);
            }
        }
        hits.sort((a, b) -> Integer.compare(b.matches(query), a.matches(query)));
        return hits;
    }

    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.\\-]+")) {
            String t = w.replaceAll("^[.\\-]+|[.\\-]+$", "");
            if (t.length() >= 2 && !STOP.contains(t)) {
                words.add(t);
            }
        }
        return words;
    }

    private static final List<String> STOP = List.of("how", "do", "does", "an", "the", "to", "of", "in", "on", "is",
            "it", "and", "or", "what", "can", "my", "me", "with", "for", "by", "at");
}
