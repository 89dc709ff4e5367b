package org.neuropynamics.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator headless on {@code network.ecore}: writes {@code network.genmodel} (fully
 * initialised, so the generator settings live in code), the model code into
 * {@code org.neuropynamics.network.model/src-gen}, the EMF.Edit item providers into
 * {@code org.neuropynamics.network.edit/src-gen}, and {@code model/generated-from.sha256} (the hash of the
 * .ecore the code was generated from, checked by a test in the build).
 * <p>
 * Arguments: the repository root, then optionally {@code --check}: generate into a temporary copy and
 * fail (exit 1) when it differs from the committed code.
 */
public final class GenerateNetworkModel {

    static final String MODEL_BUNDLE = "org.neuropynamics.network.model";
    static final String EDIT_BUNDLE = "org.neuropynamics.network.edit";

    private GenerateNetworkModel() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean check = List.of(args).contains("--check");
        Path bundles = repo.resolve("bundles");
        if (check) {
            Path tmp = Files.createTempDirectory("network-codegen");
            for (String b : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
                Files.createDirectories(tmp.resolve(b));
            }
            copyTree(bundles.resolve(MODEL_BUNDLE).resolve("model"), tmp.resolve(MODEL_BUNDLE).resolve("model"));
            generate(tmp);
            int diffs = 0;
            for (String b : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
                diffs += compare(tmp.resolve(b).resolve("src-gen"), bundles.resolve(b).resolve("src-gen"));
            }
            System.out.println(diffs == 0 ? "generated code is current" : diffs + " generated files differ");
            System.exit(diffs == 0 ? 0 : 1);
        }
        generate(bundles);
    }

    static void generate(Path bundles) throws IOException, NoSuchAlgorithmException {
        Path modelDir = bundles.resolve(MODEL_BUNDLE).resolve("model");
        Map<String, URI> map = EcorePlugin.getPlatformResourceMap();
        for (String b : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
            map.put(b, URI.createFileURI(bundles.resolve(b).toString() + "/"));
        }
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/network.ecore", true);
        Resource ecore = rs.getResource(ecoreUri, true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource genResource = rs.createResource(
                URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/network.genmodel", true));
        genResource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().add("network.ecore");
        genModel.setModelName("Network");
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setEditPluginClass("org.neuropynamics.network.model.provider.NetworkEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setCopyrightText("Generated by EMF from network.ecore (releng/network-codegen); do not edit.");
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        genModel.setCanGenerate(true);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Network");
        genPackage.setBasePackage("org.neuropynamics.network");
        genPackage.setFileExtensions("neuronet");
        genPackage.setDisposableProviderFactory(true);
        genModel.reconcile();
        genResource.save(Map.of());

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic d = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            if (d.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("generation failed: " + d);
            }
        }
        Files.writeString(modelDir.resolve("generated-from.sha256"),
                sha256(Files.readAllBytes(modelDir.resolve("network.ecore"))) + "  network.ecore\n",
                StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static int compare(Path generated, Path committed) throws IOException {
        Map<String, Path> a = files(generated);
        Map<String, Path> b = files(committed);
        int diffs = 0;
        for (String k : a.keySet()) {
            if (!b.containsKey(k) || !Files.readString(a.get(k)).equals(Files.readString(b.get(k)))) {
                System.out.println("differs: " + k);
                diffs++;
            }
        }
        for (String k : b.keySet()) {
            if (!a.containsKey(k)) {
                System.out.println("not generated any more: " + k);
                diffs++;
            }
        }
        return diffs;
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> m = new TreeMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(p -> m.put(root.relativize(p).toString(), p));
            }
        }
        return m;
    }
}
