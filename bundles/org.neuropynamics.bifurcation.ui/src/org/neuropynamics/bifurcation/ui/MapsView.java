package org.neuropynamics.bifurcation.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.stability.draw.PlotFrame;
import org.neuropynamics.core.maps.OrbitDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * Maps and chaos: the orbit diagram of a 1-D map (drag a rectangle to zoom, recomputed on the zoomed range), its
 * Lyapunov exponent below on the same axis, and the cobweb plot at the r chosen with the slider or by a click.
 */
public final class MapsView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.bifurcation.ui.views.maps";
    private static final int COLUMNS = 700;
    private static final int SLIDER = 4000;

    private List<Model> maps;
    private Combo mapChoice;
    private ChartCanvas orbit;
    private ChartCanvas lyapunov;
    private ChartCanvas cobweb;
    private Scale slider;
    private Label rLabel;
    private Label status;
    private Model model;
    private String parameter;
    private double[] window = {2.5, 4, 0, 1};
    private double cobwebR = 3.7;
    private ComputeJob<OrbitDiagram> job;
    private OrbitDiagram diagram;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(8, false));
        new Label(row, SWT.NONE).setText("Map");
        mapChoice = new Combo(row, SWT.READ_ONLY);
        maps = ModelRegistry.getDefault().models().stream()
                .filter(m -> m.kind() == Model.Kind.MAP && m.dimension() == 1).toList();
        maps.forEach(m -> mapChoice.add(m.name()));
        Button reset = new Button(row, SWT.PUSH);
        reset.setText("Full range");
        new ExportButtons("orbit-diagram") {
            @Override
            ChartCanvas canvas() {
                return orbit;
            }

            @Override
            void writeCsv(Path file) throws IOException {
                writeOrbit(file);
            }
        }.createButtons(row);
        SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm left = new SashForm(sides, SWT.VERTICAL);
        orbit = new ChartCanvas(left);
        orbit.setZoomable(true);
        lyapunov = new ChartCanvas(left);
        left.setWeights(3, 2);
        Composite right = new Composite(sides, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        cobweb = new ChartCanvas(right);
        cobweb.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        rLabel = new Label(right, SWT.NONE);
        rLabel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        slider = new Scale(right, SWT.HORIZONTAL);
        slider.setMaximum(SLIDER);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sides.setWeights(3, 2);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        mapChoice.addListener(SWT.Selection, e -> selectMap(maps.get(mapChoice.getSelectionIndex()).id()));
        reset.addListener(SWT.Selection, e -> fullRange());
        slider.addListener(SWT.Selection, e -> setCobwebR(sliderValue()));
        orbit.setListener(new ChartCanvas.PointerListener() {
            @Override
            public void moved(double x, double y, PlotFrame frame, int px, int py) {
                orbit.setToolTipText(String.format(Locale.ROOT, "%s = %.6g, %s = %.5g", parameter, x,
                        model.variableNames().get(0), y));
            }

            @Override
            public void clicked(double x, double y, PlotFrame frame, int px, int py, boolean twice) {
                setCobwebR(x);
            }

            @Override
            public void dragged(double x0, double x1, double y0, double y1) {
                zoom(x0, x1, y0, y1);
            }
        });
        if (!maps.isEmpty()) {
            selectMap(maps.stream().anyMatch(m -> m.id().equals("logistic")) ? "logistic" : maps.get(0).id());
        } else {
            orbit.setMessage("No 1-D map is installed.");
        }
    }

    /** Shows a map by id over its full parameter range. */
    public void selectMap(String id) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).id().equals(id)) {
                mapChoice.select(i);
                model = maps.get(i);
            }
        }
        if (model == null || !model.id().equals(id)) {
            throw new IllegalArgumentException("unknown 1-D map '" + id + "'");
        }
        parameter = model.parameters().get(0).name();
        fullRange();
    }

    /** The full range: r from 2.5 (logistic) or the parameter's lower bound to its upper bound, x in [0, 1]. */
    public void fullRange() {
        Parameter p = model.parameters().get(0);
        double lo = model.id().equals("logistic") ? 2.5 : p.min();
        zoom(lo, p.max(), 0, 1);
        setCobwebR(Math.max(lo, Math.min(p.max(), cobwebR)));
    }

    /** Recomputes the orbit diagram on [r0, r1] x [y0, y1]. */
    public void zoom(double r0, double r1, double y0, double y1) {
        window = new double[] {r0, r1, y0, y1};
        if (job != null) {
            job.cancel();
        }
        // more kept points when zoomed in vertically, so that the zoomed window is as dense as the full one
        int kept = (int) Math.min(4000, 300 / Math.max(0.075, y1 - y0));
        OrbitDiagram.Request request = new OrbitDiagram.Request(model, model.defaultParameters(), parameter, r0, r1,
                COLUMNS, model.variableNames().get(0), 1000, kept, true);
        orbit.setMessage("Computing the orbit diagram...");
        status.setText(String.format(Locale.ROOT, "%s from %.6g to %.6g", parameter, r0, r1));
        job = ComputeJob.start("Orbit diagram of " + model.name(), orbit.getDisplay(),
                m -> OrbitDiagram.compute(request, m), this::shown, this::failed, () -> {
                });
    }

    /** Sets the r of the cobweb plot (and the slider). */
    public void setCobwebR(double r) {
        Parameter p = model.parameters().get(0);
        cobwebR = Math.max(p.min(), Math.min(p.max(), r));
        slider.setSelection((int) Math.round((cobwebR - p.min()) / (p.max() - p.min()) * SLIDER));
        rLabel.setText(String.format(Locale.ROOT, "%s = %.4f", parameter, cobwebR));
        rLabel.getParent().layout();
        cobweb.setChart(MapCharts.cobweb(model, model.defaultParameters(), parameter, cobwebR,
                model.initialState(model.defaultParameters())[0], 0, 1));
        if (diagram != null) {
            redrawDiagram();
        }
    }

    private double sliderValue() {
        Parameter p = model.parameters().get(0);
        return p.min() + (p.max() - p.min()) * slider.getSelection() / SLIDER;
    }

    private void shown(OrbitDiagram d) {
        if (orbit.isDisposed()) {
            return;
        }
        diagram = d;
        redrawDiagram();
        status.setText(String.format(Locale.ROOT, "%s from %.6g to %.6g: %d values, %d points each. Drag a rectangle "
                + "to zoom; click to show the cobweb at that %s.", parameter, window[0], window[1], d.parameter().length,
                d.points()[0].length, parameter));
    }

    private void redrawDiagram() {
        orbit.setChart(MapCharts.orbit(model, parameter, diagram, window[2], window[3], cobwebR));
        lyapunov.setChart(MapCharts.lyapunov(parameter, diagram, cobwebR));
    }

    private void failed(String message) {
        if (!orbit.isDisposed()) {
            orbit.setMessage(message);
            status.setText(message);
        }
    }

    private void writeOrbit(Path file) throws IOException {
        if (diagram == null) {
            throw new IOException("nothing to export yet");
        }
        StringBuilder s = new StringBuilder(parameter).append(',').append(model.variableNames().get(0))
                .append(",lyapunov\n");
        for (int i = 0; i < diagram.parameter().length; i++) {
            for (double v : diagram.points()[i]) {
                s.append(diagram.parameter()[i]).append(',').append(v).append(',').append(diagram.lyapunov()[i])
                        .append('\n');
            }
        }
        Files.writeString(file, s);
    }

    /** The orbit diagram shown (null while the first one is computed). */
    public OrbitDiagram diagram() {
        return diagram;
    }

    /** True while an orbit diagram is computed. */
    public boolean isRunning() {
        return job != null && job.getState() != org.eclipse.core.runtime.jobs.Job.NONE;
    }

    public ChartCanvas orbitCanvas() {
        return orbit;
    }

    @Override
    public void setFocus() {
        orbit.setFocus();
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
