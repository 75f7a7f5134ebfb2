package org.vaak.runtime.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the kernels once: Vector API when the incubator module is present and wide enough, else scalar. */
final class KernelSelector {
    private static final Logger LOG = LoggerFactory.getLogger(KernelSelector.class);
    static final Kernels SELECTED = select();

    private KernelSelector() {
    }

    private static Kernels select() {
        String forced = System.getProperty("vaak.kernels", "");
        if (forced.equals("scalar")) {
            LOG.info("kernels: scalar (forced by -Dvaak.kernels=scalar)");
            return ScalarKernels.INSTANCE;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            LOG.info("kernels: scalar (module jdk.incubator.vector not present; run with --add-modules jdk.incubator.vector)");
            return ScalarKernels.INSTANCE;
        }
        try {
            Kernels k = (Kernels) Class.forName("org.vaak.runtime.kernel.VectorKernels").getDeclaredField("INSTANCE").get(null);
            if (k.panelWidth() < 16) {
                LOG.info("kernels: scalar (preferred vector species too narrow: {})", k.name());
                return ScalarKernels.INSTANCE;
            }
            LOG.info("kernels: {}", k.name());
            return k;
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("kernels: scalar (Vector API kernels failed to load: {})", e.toString());
            return ScalarKernels.INSTANCE;
        }
    }
}
