package org.vaak.segmentation.learn;

/** Reports a long computation's progress; the CLI shows it as a progress bar. */
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done now
     * @param done units of work done in this phase
     * @param total units of work in this phase, or -1 when unknown
     */
    void update(String phase, long done, long total);
}
