/**
 * The equation language: lexer, parser to an AST ({@code Expr}), binder, simplifier, symbolic
 * derivatives and Jacobian, interpreter and LaTeX printer. Opening a model never executes code from it: equations
 * become this AST, and only generated code runs.
 */
package org.neuropynamics.core.equations;
