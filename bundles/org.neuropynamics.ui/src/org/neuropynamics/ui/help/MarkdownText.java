package org.neuropynamics.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/**
 * Shows the Markdown of a guide chapter in a {@link StyledText}: headings (#, ##, ###), paragraphs that wrap,
 * bullet lists, fenced code blocks and inline {@code code}, **bold**, and links shown by their text. Enough
 * for the guide's own files; it is not a general Markdown renderer.
 */
final class MarkdownText {

    private final StyledText text;
    private final Font h1;
    private final Font h2;
    private final Font mono;
    private final List<Integer> bullets = new ArrayList<>();

    MarkdownText(StyledText text) {
        this.text = text;
        FontData base = text.getFont().getFontData()[0];
        h1 = new Font(text.getDisplay(), base.getName(), Math.round(base.getHeight() * 1.6f), SWT.BOLD);
        h2 = new Font(text.getDisplay(), base.getName(), Math.round(base.getHeight() * 1.25f), SWT.BOLD);
        mono = new Font(text.getDisplay(), "Monospace", base.getHeight(), SWT.NORMAL);
        text.addDisposeListener(e -> {
            h1.dispose();
            h2.dispose();
            mono.dispose();
        });
    }

    /** Replaces the text by the rendering of {@code markdown}. */
    void show(String markdown) {
        StringBuilder out = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        bullets.clear();
        String[] lines = markdown.split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        boolean bullet = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                flush(out, styles, paragraph, bullet);
                bullet = false;
                int start = out.length();
                for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                    out.append("    ").append(lines[i]).append('\n');
                }
                StyleRange r = new StyleRange(start, out.length() - start, null, null);
                r.font = mono;
                styles.add(r);
                out.append('\n');
            } else if (line.startsWith("#")) {
                flush(out, styles, paragraph, bullet);
                bullet = false;
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                String heading = line.substring(level).strip();
                int start = out.length();
                out.append(heading).append('\n');
                StyleRange r = new StyleRange(start, heading.length(), null, null);
                r.font = level == 1 ? h1 : h2;
                r.fontStyle = SWT.BOLD;
                styles.add(r);
                out.append('\n');
            } else if (line.isBlank()) {
                flush(out, styles, paragraph, bullet);
                bullet = false;
            } else if (line.startsWith("- ") || line.startsWith("* ") || line.matches("\\d+\\. .*")) {
                flush(out, styles, paragraph, bullet);
                bullet = true;
                paragraph.append(line.startsWith("- ") || line.startsWith("* ") ? "\u2022 " + line.substring(2)
                        : line);
            } else if (line.startsWith("|")) {
                flush(out, styles, paragraph, bullet);
                bullet = false;
                if (!line.matches("\\|[\\s\\-:|]+\\|?")) {
                    String row = line.strip().replaceAll("^\\||\\|$", "").replace("|", "  \u2502  ").strip();
                    inline(out, styles, row);
                    out.append('\n');
                }
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        flush(out, styles, paragraph, bullet);
        text.setText(out.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
        // a bullet's wrapped lines are indented under its text
        int indent = text.getLineHeight();
        for (int offset : bullets) {
            text.setLineWrapIndent(text.getLineAtOffset(offset), 1, indent);
        }
    }

    private void flush(StringBuilder out, List<StyleRange> styles, StringBuilder paragraph, boolean bullet) {
        if (paragraph.length() == 0) {
            return;
        }
        int start = out.length();
        inline(out, styles, paragraph.toString());
        out.append('\n');
        if (!bullet) {
            out.append('\n');
        } else {
            bullets.add(start);
        }
        paragraph.setLength(0);
    }

    /** Appends {@code s} with `code`, **bold** and [text](link) rendered. */
    private void inline(StringBuilder out, List<StyleRange> styles, String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end > i) {
                    int start = out.length();
                    out.append(s, i + 1, end);
                    StyleRange r = new StyleRange(start, end - i - 1, null, null);
                    r.font = mono;
                    styles.add(r);
                    i = end + 1;
                    continue;
                }
            } else if (c == '*' && s.startsWith("**", i)) {
                int end = s.indexOf("**", i + 2);
                if (end > i) {
                    int start = out.length();
                    out.append(s, i + 2, end);
                    StyleRange r = new StyleRange(start, end - i - 2, null, null);
                    r.fontStyle = SWT.BOLD;
                    styles.add(r);
                    i = end + 2;
                    continue;
                }
            } else if (c == '[') {
                int close = s.indexOf("](", i);
                int end = close < 0 ? -1 : s.indexOf(')', close);
                if (close > i && end > close) {
                    int start = out.length();
                    out.append(s, i + 1, close);
                    StyleRange r = new StyleRange(start, close - i - 1, text.getDisplay().getSystemColor(
                            SWT.COLOR_LINK_FOREGROUND), null);
                    styles.add(r);
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
    }
}
