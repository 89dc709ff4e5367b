package org.neuropynamics.dropins;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neuropynamics.core.registry.Dropins;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the plug-in jars of the dropins folders ({@link Dropins#folders}) when the product starts, updates those
 * whose jar is newer than the installed copy, and uninstalls those whose jar is gone; then resolves them, so that
 * the extension registry (and with it the model registry) sees their contributions before the workbench or the
 * OSGi command line asks for models. It is started at start level 3, after the simple configurator has installed
 * the product's own bundles (start level 1).
 * <p>
 * This is the part of p2's dropins reconciler the product needs, without p2 (the product has no p2: see
 * docs/architecture.md). Bundles are installed from a stream under the location {@value #LOCATION_PREFIX}PATH, so
 * the framework keeps its own copy: a jar removed while the workbench runs stays usable until the next start, when
 * it is uninstalled.
 */
public final class DropinsActivator implements BundleActivator {

    /** The location prefix of bundles installed from a dropins folder. */
    public static final String LOCATION_PREFIX = "neuropynamics-dropins:";

    private static final System.Logger LOG = System.getLogger(DropinsActivator.class.getName());

    @Override
    public void start(BundleContext context) {
        Path install = Dropins.folderOfArea(context.getProperty("osgi.install.area"));
        reconcile(context, Dropins.jars(Dropins.folders(install)));
    }

    @Override
    public void stop(BundleContext context) {
        // the installed bundles stay installed; the next start reconciles them with the folders again
    }

    /** Makes the dropins bundles of the framework exactly {@code jars}; returns the bundles now installed from them. */
    static List<Bundle> reconcile(BundleContext context, List<Path> jars) {
        Map<String, Bundle> installed = new LinkedHashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().startsWith(LOCATION_PREFIX)) {
                installed.put(b.getLocation(), b);
            }
        }
        Set<String> wanted = new HashSet<>();
        List<Bundle> changed = new ArrayList<>();
        List<Bundle> current = new ArrayList<>();
        for (Path jar : jars) {
            String location = LOCATION_PREFIX + jar;
            wanted.add(location);
            Bundle existing = installed.get(location);
            try (InputStream in = Files.newInputStream(jar)) {
                if (existing == null) {
                    current.add(context.installBundle(location, in));
                } else if (Files.getLastModifiedTime(jar).toMillis() > existing.getLastModified()) {
                    existing.update(in);
                    changed.add(existing);
                    current.add(existing);
                } else {
                    current.add(existing);
                }
            } catch (BundleException | IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "dropins: cannot install " + jar + ": " + e.getMessage());
            }
        }
        for (Map.Entry<String, Bundle> e : installed.entrySet()) {
            if (!wanted.contains(e.getKey())) {
                try {
                    e.getValue().uninstall();
                    changed.add(e.getValue());
                } catch (BundleException | RuntimeException ex) {
                    LOG.log(Level.WARNING, "dropins: cannot uninstall " + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (!changed.isEmpty()) {
            CountDownLatch refreshed = new CountDownLatch(1);
            wiring.refreshBundles(changed, event -> {
                if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                    refreshed.countDown();
                }
            });
            try {
                if (!refreshed.await(60, TimeUnit.SECONDS)) {
                    LOG.log(Level.WARNING, "dropins: refreshing the changed bundles took over 60 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!current.isEmpty() && !wiring.resolveBundles(current)) {
            for (Bundle b : current) {
                if (b.getState() == Bundle.INSTALLED) {
                    LOG.log(Level.WARNING, "dropins: " + b.getSymbolicName() + " " + b.getVersion() + " ("
                            + b.getLocation().substring(LOCATION_PREFIX.length()) + ") cannot be resolved: it needs"
                            + " plug-ins this workbench does not have, or another version of it is installed");
                }
            }
        }
        return current;
    }
}
