package org.neuropynamics.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help &gt; About: a resizable dialog, sized to the screen, with the product's text (version, licences of
 * the bundled libraries) in a scrolling text and the installed plug-ins in a table (name, version, provider, and
 * the jar of those installed from a dropins folder).
 */
public final class AboutDialog extends Dialog {

    private Image image;
    private Text text;
    private Table plugins;

    public AboutDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        IProduct product = Platform.getProduct();
        shell.setText("About " + (product == null ? "Neuropynamics Workbench" : product.getName()));
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(780, screen.width - 40), Math.min(560, screen.height - 40));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        IProduct product = Platform.getProduct();
        String about = product == null ? null : product.getProperty("aboutText");
        ImageDescriptor icon = Images.descriptor("icons/about.png");
        if (icon != null) {
            image = icon.createImage(false);
            if (image != null) {
                Label picture = new Label(area, SWT.NONE);
                picture.setImage(image);
                picture.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
                picture.addDisposeListener(e -> image.dispose());
            }
        }
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, image == null ? 2 : 1, 1));
        TabItem aboutTab = new TabItem(tabs, SWT.NONE);
        aboutTab.setText("About");
        text = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setText(about == null ? "Neuropynamics Workbench" : about);
        aboutTab.setControl(text);
        TabItem pluginTab = new TabItem(tabs, SWT.NONE);
        pluginTab.setText("Plug-ins");
        plugins = new Table(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        plugins.setHeaderVisible(true);
        for (String column : List.of("Plug-in", "Version", "Provider", "Installed from")) {
            new TableColumn(plugins, SWT.LEFT).setText(column);
        }
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        List<Bundle> bundles = new ArrayList<>(self == null ? List.of()
                : List.of(self.getBundleContext().getBundles()));
        bundles.sort(Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
        for (Bundle b : bundles) {
            TableItem item = new TableItem(plugins, SWT.NONE);
            String vendor = b.getHeaders("").get("Bundle-Vendor");
            item.setText(new String[] { String.valueOf(b.getSymbolicName()), b.getVersion().toString(),
                    vendor == null ? "" : vendor, installedFrom(b) });
        }
        for (TableColumn c : plugins.getColumns()) {
            c.pack();
        }
        pluginTab.setControl(plugins);
        return area;
    }

    /** The location prefix of bundles installed from a dropins folder (org.neuropynamics.dropins). */
    static final String DROPINS_LOCATION = "neuropynamics-dropins:";

    /** The jar of a plug-in installed from a dropins folder, or "product" for the product's own. */
    static String installedFrom(Bundle b) {
        String location = b.getLocation();
        return location != null && location.startsWith(DROPINS_LOCATION)
                ? location.substring(DROPINS_LOCATION.length()) : "product";
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The about text control (for tests). */
    public Text text() {
        return text;
    }

    /** The plug-ins table (for tests). */
    public Table plugins() {
        return plugins;
    }
}
