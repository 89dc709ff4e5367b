package org.neuropynamics.core.codegen;

import java.util.concurrent.Callable;

/**
 * Runs recursive work (parsing, differentiating, compiling deeply nested user expressions) on a thread
 * with a large stack, so that legal but deep input never overflows the caller's stack.
 */
public final class LargeStack {

    /** Stack size of the worker thread. */
    public static final long STACK_BYTES = 256L << 20;

    private LargeStack() {
    }

    /**
     * Calls {@code task} on a fresh thread with a {@value #STACK_BYTES}-byte stack and waits for it.
     * Runtime exceptions and errors of the task are rethrown unchanged; a {@link StackOverflowError}
     * is rethrown as is too, for the caller to translate.
     */
    public static <T> T call(Callable<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = task.call();
            } catch (Throwable t) { // handed to the caller below
                failure[0] = t;
            }
        }, "neuropynamics-equations", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling equations", e);
        }
        Throwable t = failure[0];
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
