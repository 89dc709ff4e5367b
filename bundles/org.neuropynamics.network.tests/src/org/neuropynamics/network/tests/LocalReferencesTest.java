package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;

/**
 * Loading a {@code .neuronet} reads that one file: a reference to a URL or to another file is refused with a
 * message naming the element, and nothing is fetched (a local server counts the connections) or read.
 */
class LocalReferencesTest {

    @TempDir
    Path dir;

    private static String network(String target) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <network:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:network="http://www.neuropynamics.org/network/1.0" name="probe">
                  <populations name="A" size="2"/>
                  <projections name="pr" source="//@populations.0" target="%s">
                    <connectivity xsi:type="network:AllToAll"/>
                    <weight xsi:type="network:Constant" value="1.0"/>
                    <delay xsi:type="network:Constant"/>
                  </projections>
                </network:Network>
                """.formatted(target);
    }

    @Test
    void aUrlReferenceIsRefusedAndNeverFetched() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                while (true) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet(); // never answers: a fetch would hang here
                    } catch (SocketException closed) {
                        return;
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.neuronet#//@populations.0";
            Path file = Files.writeString(dir.resolve("remote.neuronet"), network(url));
            NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(file));
            assertEquals("remote.neuronet: projection 'pr': its target refers to '" + url
                    + "', outside this file; a network file may only refer to its own elements (nothing was"
                    + " fetched or read)", e.getMessage());
            Thread.sleep(200);
            assertEquals(0, connections.get(), "connections to the URL in the file");
        }
    }

    /** A relative reference to a valid network next to it is refused too: that file is not opened. */
    @Test
    void aReferenceToAnotherFileIsRefused() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path other = Files.writeString(dir.resolve("other.neuronet"), network("//@populations.0"));
        assertTrue(other.toFile().setReadable(false, false)); // (root still could read it; the message tells)
        Path file = Files.writeString(sub.resolve("local.neuronet"),
                network("../other.neuronet#//@populations.0"));
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(file));
        assertTrue(e.getMessage().startsWith("local.neuronet: projection 'pr': its target refers to '"),
                e.getMessage());
        assertTrue(e.getMessage().contains("other.neuronet#//@populations.0', outside this file"), e.getMessage());
    }

    /** The same document's own references still load, and name the same population object. */
    @Test
    void referencesWithinTheFileLoad() throws Exception {
        Path file = Files.writeString(dir.resolve("self.neuronet"), network("//@populations.0"));
        Network n = NetworkFiles.load(file);
        assertEquals(n.getPopulations().get(0), n.getProjections().get(0).getTarget());
    }
}
