package org.neuropynamics.ui.internal;

import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * The Welcome page: what the workbench is, every installed topic with a paragraph and a link that opens its
 * perspective (and its guided tutorial), and where to start.
 */
public class WelcomeView extends ViewPart {

    public static final String ID = "org.neuropynamics.ui.views.welcome";
    static final String OPEN_CHEAT_SHEET = "org.eclipse.ui.cheatsheets.openCheatSheet";

    private FormToolkit toolkit;
    private ScrolledForm form;
    private Image titleImage;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Welcome to Neuropynamics Workbench");
        titleImage = Images.descriptor("icons/app48.png").createImage();
        form.setImage(titleImage);
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 1;
        layout.leftMargin = 24;
        layout.rightMargin = 24;
        layout.verticalSpacing = 14;
        form.getBody().setLayout(layout);

        paragraph(form.getBody(), "Learn and do neurodynamics by simulation: single neurons, phase planes and "
                + "stability, bifurcations and chaos, spiking networks and dendritic computation. Every figure is "
                + "driven by parameter sliders and recomputes while you drag; everything the views compute can "
                + "also be run headless with the ./neuropynamics command.");
        createTopicsSection(form.getBody(), TopicRegistry.topics());
        createStartSection(form.getBody());
        form.reflow(true);
    }

    private void createTopicsSection(Composite body, List<Topic> topics) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
        section.setText("Topics");
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.verticalSpacing = 4;
        client.setLayout(layout);
        if (topics.isEmpty()) {
            paragraph(client, "No topic plug-in is installed. Topics (single neuron, stability and phase plane, "
                    + "bifurcation, networks, dendrites) appear here as their plug-ins are installed.");
        }
        for (Topic topic : topics) {
            Hyperlink link = toolkit.createHyperlink(client, topic.name(), SWT.WRAP);
            link.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
            link.setData("topic", topic.id());
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent e) {
                    openTopic(topic);
                }
            });
            paragraph(client, topic.description());
            if (topic.cheatSheetId() != null) {
                Hyperlink tutorial = toolkit.createHyperlink(client, "Guided tutorial: " + topic.name(), SWT.NONE);
                tutorial.addHyperlinkListener(new HyperlinkAdapter() {
                    @Override
                    public void linkActivated(HyperlinkEvent e) {
                        openTopic(topic);
                        openCheatSheet(topic.cheatSheetId());
                    }
                });
            }
            Label spacer = toolkit.createLabel(client, "");
            spacer.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP, 1, 1));
        }
        section.setClient(client);
    }

    private void createStartSection(Composite body) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
        section.setText("Getting started");
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new TableWrapLayout());
        link(client, "Take the tour of the workbench (cheat sheet)",
                () -> openCheatSheet("org.neuropynamics.ui.cheatsheet.tour"));
        link(client, "Open a model (.ode) or network (.neuronet) file...",
                () -> new OpenFileAction(window()).run());
        link(client, "All guided tutorials (Help > Cheat Sheets...)", () -> execute(OPEN_CHEAT_SHEET));
        link(client, "Preferences: default integrator and step", () -> execute("org.eclipse.ui.window.preferences"));
        paragraph(client, "From a terminal: ./neuropynamics --help lists the headless commands "
                + "(models, simulate, equilibria, ...), each with --json output for scripts.");
        section.setClient(client);
    }

    private void link(Composite parent, String text, Runnable action) {
        Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
    }

    private void paragraph(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, text, SWT.WRAP);
        label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    private IWorkbenchWindow window() {
        return getSite().getWorkbenchWindow();
    }

    void openTopic(Topic topic) {
        try {
            window().getWorkbench().showPerspective(topic.perspectiveId(), window());
        } catch (WorkbenchException e) {
            MessageDialog.openError(getSite().getShell(), topic.name(),
                    "The perspective of " + topic.name() + " could not be opened: " + e.getMessage());
        }
    }

    private void openCheatSheet(String cheatSheetId) {
        ICommandService commands = getSite().getService(ICommandService.class);
        Command command = commands.getCommand(OPEN_CHEAT_SHEET);
        try {
            ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(command,
                    java.util.Map.of("cheatSheetId", cheatSheetId));
            getSite().getService(IHandlerService.class).executeCommand(parameterized, null);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), "Cheat Sheet",
                    "The tutorial could not be opened: " + e.getMessage());
        }
    }

    private void execute(String commandId) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), "Welcome", e.getMessage());
        }
    }

    /** Topic ids shown on the page, in order (used by the UI tests). */
    public List<String> shownTopicIds() {
        return TopicRegistry.topics().stream().map(Topic::id).toList();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        if (titleImage != null) {
            titleImage.dispose();
        }
        super.dispose();
    }
}
