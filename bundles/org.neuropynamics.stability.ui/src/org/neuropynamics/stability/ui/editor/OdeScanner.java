package org.neuropynamics.stability.ui.editor;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Colours of the {@code .ode} editor: comments ({@code #} to the end of the line), {@code @} option lines,
 * statement keywords ({@code par}, {@code init}, {@code aux}, {@code global}, {@code done}, ... in any case),
 * built-in functions, and numbers. Names (variables, parameters) keep the default colour (a whole name is one
 * token, so the 2 of {@code x2} is not a number).
 */
final class OdeScanner extends RuleBasedScanner {

    /** Statement keywords and their abbreviations XPPAUT reads (single letters left out: they are also names). */
    static final List<String> KEYWORDS = List.of("par", "param", "params", "parameter", "parameters", "init", "aux",
            "num", "number", "global", "done", "bdry", "bndry", "boundary", "only", "wiener", "table", "markov",
            "export", "set", "special", "options", "volterra");
    /** Built-in functions of the equation language. */
    static final List<String> FUNCTIONS = List.of("sin", "cos", "tan", "exp", "ln", "log", "log10", "sqrt", "abs",
            "atan", "atan2", "asin", "acos", "sinh", "cosh", "tanh", "heav", "sign", "min", "max", "mod", "flr",
            "ceil", "pow", "ran", "if", "then", "else", "t", "pi");

    static final Color COMMENT = new Color(56, 118, 29);
    static final Color OPTION = new Color(150, 90, 0);
    static final Color KEYWORD = new Color(127, 0, 85);
    static final Color FUNCTION = new Color(0, 80, 160);
    static final Color NUMBER = new Color(160, 30, 30);

    OdeScanner() {
        IToken comment = new Token(new TextAttribute(COMMENT, null, SWT.ITALIC));
        IToken option = new Token(new TextAttribute(OPTION));
        IToken keyword = new Token(new TextAttribute(KEYWORD, null, SWT.BOLD));
        IToken function = new Token(new TextAttribute(FUNCTION));
        IToken number = new Token(new TextAttribute(NUMBER));
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_';
            }
        }, new Token(new TextAttribute(null)), true);
        KEYWORDS.forEach(k -> words.addWord(k, keyword));
        FUNCTIONS.forEach(f -> words.addWord(f, function));
        setRules(new IRule[] { new EndOfLineRule("#", comment), new EndOfLineRule("@", option), words,
                new NumberRule(number) });
    }

    /** Decimal numbers with an optional fraction and exponent: 12, 0.5, .5, 1e-3, 2.5E+4. */
    static final class NumberRule implements IRule {

        private final IToken token;

        NumberRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int read = 0;
            int c = scanner.read();
            read++;
            boolean digits = false;
            while (Character.isDigit(c)) {
                digits = true;
                c = scanner.read();
                read++;
            }
            if (c == '.') {
                c = scanner.read();
                read++;
                while (Character.isDigit(c)) {
                    digits = true;
                    c = scanner.read();
                    read++;
                }
            }
            if (!digits) {
                unread(scanner, read);
                return Token.UNDEFINED;
            }
            if (c == 'e' || c == 'E') {
                int mark = read;
                c = scanner.read();
                read++;
                if (c == '+' || c == '-') {
                    c = scanner.read();
                    read++;
                }
                if (Character.isDigit(c)) {
                    while (Character.isDigit(c)) {
                        c = scanner.read();
                        read++;
                    }
                } else {
                    unread(scanner, read - mark);
                    read = mark;
                    scanner.unread();
                    return token;
                }
            }
            scanner.unread();
            return token;
        }

        private static void unread(ICharacterScanner scanner, int n) {
            for (int i = 0; i < n; i++) {
                scanner.unread();
            }
        }
    }
}
