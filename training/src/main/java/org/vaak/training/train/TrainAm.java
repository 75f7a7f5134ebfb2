package org.vaak.training.train;

/**
 * Command-line entry of acoustic-model training ({@link TrainOptions#USAGE}). A SIGTERM (kill) makes the run
 * write its checkpoint before the process ends; run it again with the same arguments to resume. Exit status:
 * 0 done, 1 bad input, 2 bad arguments, 3 the run stopped after non-finite steps (restart from the
 * checkpoint).
 */
public final class TrainAm {
    private TrainAm() {
    }

    public static void main(String[] args) throws Exception {
        TrainOptions options;
        try {
            options = TrainOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        AmTrainer trainer = new AmTrainer(options);
        Runtime.getRuntime().addShutdownHook(new Thread(trainer::stopAndWait, "checkpoint-on-exit"));
        try {
            AmTrainer.Summary s = trainer.run();
            System.out.printf("done: %d steps, epoch %d, train loss %.4f, dev loss %.4f, dev PER %.2f %%%n", s.steps(),
                    s.epoch(), s.trainLoss(), s.devLoss(), 100 * s.devPer());
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (IllegalStateException e) {
            // diverged (non-finite steps): exit status 3 lets a wrapper restart from the last checkpoint
            System.err.println("error: " + e.getMessage());
            System.exit(3);
        }
    }
}
