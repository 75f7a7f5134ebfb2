/**
 * Speech recognition: acoustic model inference on vaak's runtime, decoding graphs (T o L o G), the beam
 * decoder and transcript writers.
 */
package org.vaak.asr;
