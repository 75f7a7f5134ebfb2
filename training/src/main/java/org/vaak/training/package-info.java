/** Trainers on DJL's PyTorch engine (CPU) and export of trained models to vaak's runtime format. */
package org.vaak.training;
