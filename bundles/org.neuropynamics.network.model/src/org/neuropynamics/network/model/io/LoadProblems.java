package org.neuropynamics.network.model.io;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.neuropynamics.core.io.Terminal;

/**
 * EMF's load problems in a modeller's words, with line and column: EMF's own messages name Java classes
 * ("ConstantImpl@b978d10 is not legal") or say only "For input string".
 */
final class LoadProblems {

    private LoadProblems() {
    }

    static String describe(Resource.Diagnostic d) {
        String what;
        if (d instanceof IllegalValueException iv) {
            what = illegalValue(iv.getFeature(), iv.getValue());
        } else if (d instanceof FeatureNotFoundException f) {
            what = "unknown element or attribute '" + f.getName() + "'";
        } else if (d instanceof ClassNotFoundException c) {
            what = "unknown type '" + c.getName() + "'";
        } else if (d instanceof UnresolvedReferenceException u) {
            what = "the reference '" + u.getReference() + "' names no element of this file";
        } else {
            String m = String.valueOf(d.getMessage());
            int location = m.lastIndexOf(" (");
            what = location > 0 && m.endsWith(")") ? m.substring(0, location) : m;
        }
        return Terminal.clean(what) + " (line " + d.getLine() + ", column " + d.getColumn() + ")";
    }

    private static String illegalValue(EStructuralFeature feature, Object value) {
        String name = feature == null ? "value" : feature.getName();
        if (value instanceof EObject o) {
            String expected = feature == null ? "another kind" : article(feature.getEType().getName());
            return "a " + o.eClass().getName() + " cannot be the " + name + " (it must be " + expected + ")";
        }
        return "'" + value + "' is not a valid " + name + " (" + expected(feature) + ")";
    }

    private static String expected(EStructuralFeature feature) {
        EClassifier type = feature == null ? null : feature.getEType();
        Class<?> c = type == null ? null : type.getInstanceClass();
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "a number is expected";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number is expected";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false is expected";
        }
        return type == null ? "a different value is expected" : article(type.getName()) + " is expected";
    }

    private static String article(String typeName) {
        return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }
}
