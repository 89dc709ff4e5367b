package org.neuropynamics.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** Reads the topics contributed to the {@code org.neuropynamics.ui.topics} extension point. */
final class TopicRegistry {

    static final String EXTENSION_POINT = "org.neuropynamics.ui.topics";

    private TopicRegistry() {
    }

    static List<Topic> topics() {
        List<Topic> topics = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"topic".equals(e.getName())) {
                continue;
            }
            String id = e.getAttribute("id");
            String name = e.getAttribute("name");
            String perspective = e.getAttribute("perspective");
            if (id == null || name == null || perspective == null) {
                ILog.of(TopicRegistry.class).warn("Topic contributed by " + e.getContributor().getName()
                        + " lacks id, name or perspective; it is not shown.");
                continue;
            }
            String description = e.getValue() == null ? "" : e.getValue().strip().replaceAll("\\s+", " ");
            topics.add(new Topic(id, name, description, perspective, e.getAttribute("cheatsheet"),
                    e.getAttribute("icon"), e.getContributor().getName(), parseOrder(e.getAttribute("order"))));
        }
        topics.sort(Comparator.comparingInt(Topic::order).thenComparing(Topic::name));
        return topics;
    }

    private static int parseOrder(String value) {
        try {
            return value == null ? 100 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
