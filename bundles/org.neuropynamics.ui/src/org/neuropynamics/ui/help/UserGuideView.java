package org.neuropynamics.ui.help;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * Help &gt; Help Contents (and F1 in any view): the user guide, its chapters on the left (or, while a search
 * is typed, the chapters that contain every word, most matches first), the chapter on the right with the
 * words found highlighted.
 */
public final class UserGuideView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.ui.views.guide";

    private final UserGuide guide = UserGuide.get();
    private Text search;
    private org.eclipse.swt.widgets.List index;
    private Label hits;
    private StyledText page;
    private MarkdownText renderer;
    private java.util.List<UserGuide.Chapter> listed = java.util.List.of();
    private UserGuide.Chapter shown;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the guide");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hits = new Label(left, SWT.WRAP);
        hits.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        index = new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        index.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        page = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        page.setLeftMargin(16);
        page.setRightMargin(16);
        page.setTopMargin(10);
        page.setBottomMargin(10);
        page.setLineSpacing(2);
        page.setCaret(null);
        renderer = new MarkdownText(page);
        sash.setWeights(24, 76);
        // beside a topic the view is narrow: the chapter list goes above the page
        sash.addListener(SWT.Resize, e -> {
            int orientation = sash.getClientArea().width < 640 ? SWT.VERTICAL : SWT.HORIZONTAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
                sash.setWeights(orientation == SWT.VERTICAL ? new int[] { 30, 70 } : new int[] { 24, 76 });
            }
        });

        search.addListener(SWT.Modify, e -> filter(search.getText()));
        index.addListener(SWT.Selection, e -> {
            int i = index.getSelectionIndex();
            if (i >= 0 && i < listed.size()) {
                show(listed.get(i));
            }
        });
        filter("");
        if (!guide.chapters().isEmpty()) {
            showChapter(guide.chapters().get(0));
        }
    }

    /** Lists the chapters that match {@code query} (all of them when it is blank). */
    private void filter(String query) {
        boolean all = UserGuide.words(query).isEmpty();
        listed = all ? guide.chapters() : guide.search(query);
        index.removeAll();
        for (UserGuide.Chapter c : listed) {
            index.add(all ? c.title() : c.title() + "  (" + c.matches(query) + ")");
        }
        hits.setText(all ? guide.chapters().size() + " chapters"
                : listed.isEmpty() ? "No chapter contains every word." : listed.size() + " chapters found");
        hits.getParent().layout();
        if (!all && !listed.isEmpty()) {
            index.select(0);
            show(listed.get(0));
        } else if (shown != null) {
            int i = listed.indexOf(shown);
            if (i >= 0) {
                index.select(i);
            }
            show(shown);
        }
    }

    /** Shows a chapter (selecting it in the list) and highlights the words searched for. */
    public void showChapter(UserGuide.Chapter chapter) {
        if (!search.getText().isEmpty()) {
            search.setText("");
        }
        int i = listed.indexOf(chapter);
        if (i >= 0) {
            index.select(i);
        }
        show(chapter);
    }

    /** Shows the chapter that explains the part with this id (F1). */
    public void showChapterFor(String partId) {
        UserGuide.Chapter c = guide.chapterFor(partId);
        if (c != null) {
            showChapter(c);
        }
    }

    /** Types {@code query} into the search field (as a user would). */
    public void search(String query) {
        search.setText(query);
    }

    private void show(UserGuide.Chapter chapter) {
        shown = chapter;
        setContentDescription(chapter.title());
        renderer.show(chapter.text());
        java.util.List<String> words = UserGuide.words(search.getText());
        String lower = page.getText().toLowerCase(Locale.ROOT);
        int first = -1;
        for (String w : words) {
            // words (and their endings: "open" finds "opens"), not parts of other words ("ode" in "models")
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w)).matcher(lower);
            while (m.find()) {
                StyleRange r = new StyleRange(m.start(), w.length(), null,
                        page.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                page.setStyleRange(r);
                first = first < 0 ? m.start() : Math.min(first, m.start());
            }
        }
        page.setTopIndex(first < 0 ? 0 : Math.max(0, page.getLineAtOffset(first) - 2));
    }

    /** The chapter shown. */
    public UserGuide.Chapter shownChapter() {
        return shown;
    }

    /** The chapters listed on the left. */
    public java.util.List<UserGuide.Chapter> listedChapters() {
        return listed;
    }

    /** The text shown (the rendered chapter). */
    public String pageText() {
        return page.getText();
    }

    StyledText page() {
        return page;
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
